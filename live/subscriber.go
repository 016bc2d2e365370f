package live

import (
	"context"
	"sync"
)

// subscriber holds the alerts waiting for one client, at most cap of them: a client that
// reads too slowly loses the next ones, counted, and is told how many with its next alert.
// The server's memory per client is bounded whatever the client does.
type subscriber struct {
	mu      sync.Mutex
	queue   []Alert
	cap     int
	dropped int
	ready   chan struct{} // signalled when the queue gains an alert
}

func newSubscriber(capacity int) *subscriber {
	return &subscriber{cap: capacity, ready: make(chan struct{}, 1)}
}

// offer queues a, or counts it as dropped when the queue is full. It never blocks.
func (s *subscriber) offer(a Alert) {
	s.mu.Lock()
	if len(s.queue) >= s.cap {
		s.dropped++
	} else {
		s.queue = append(s.queue, a)
	}
	s.mu.Unlock()
	select {
	case s.ready <- struct{}{}:
	default:
	}
}

// next returns the next alert to send, in order: the queued ones, then, when some were lost
// after them, one DROPPED alert that says how many.
func (s *subscriber) next() (Alert, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if len(s.queue) > 0 {
		a := s.queue[0]
		s.queue[0] = Alert{}
		s.queue = s.queue[1:]
		return a, true
	}
	if s.dropped > 0 {
		a := Alert{Kind: AlertDropped, Dropped: s.dropped}
		s.dropped = 0
		return a, true
	}
	return Alert{}, false
}

// pump sends the queued alerts to out, as fast as the client reads them, until ctx ends.
func (s *subscriber) pump(ctx context.Context, out chan<- Alert) {
	for {
		a, ok := s.next()
		if !ok {
			select {
			case <-ctx.Done():
				return
			case <-s.ready:
				continue
			}
		}
		select {
		case <-ctx.Done():
			return
		case out <- a:
		}
	}
}
