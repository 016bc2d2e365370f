package resolvers

import (
	"context"
	"sync"
	"time"

	"github.com/concord-peace/concord"
)

// loader batches the loads of concurrent resolvers into one fetch. A key whose whole level is
// known — enqueued with its siblings (loadVia, a loader's siblings) or ahead by the resolver of
// its list (enqueueAll) — is complete: when a resolver waits on it, its batch is sent at once,
// since the level's keys are all in it, so a request pays no fixed wait per nesting level.
// Any other batch is sent after a short quiet period, kept open while keys keep arriving (up
// to maxWait after the first): the resolvers of one level reach the loader spread out in time,
// and sending at the first wait would split them into a round trip each. Results are cached
// for the loader's life, one GraphQL operation.
type loader[K comparable, V any] struct {
	fetch   func(ctx context.Context, keys []K) ([]V, error) // one value per key, in order
	quiet   time.Duration
	maxWait time.Duration
	// siblings, when set, names the keys that stand beside a key in one result list: loading
	// one of them loads them all, so a level of a nested query costs one round trip however
	// spread out in time its resolvers run.
	siblings func(K) []K

	mu      sync.Mutex
	results map[K]*result[V]
	current *batch[K, V]
}

type result[V any] struct {
	queued   any  // the *batch the key was enqueued in
	complete bool // enqueued with its whole level: its batch may be sent when it is waited on
	done     chan struct{}
	value    V
	err      error
}

type batch[K comparable, V any] struct {
	ctx     context.Context
	keys    []K
	started time.Time
	timer   *time.Timer
	flushed bool
}

// Batching of a loader: how long a batch stays open without a new key, and at the most.
const (
	batchQuiet   = 2 * time.Millisecond
	batchMaxWait = 25 * time.Millisecond
)

func newLoader[K comparable, V any](fetch func(context.Context, []K) ([]V, error)) *loader[K, V] {
	return &loader[K, V]{fetch: fetch, quiet: batchQuiet, maxWait: batchMaxWait, results: map[K]*result[V]{}}
}

// replace gives key its value without a fetch, replacing any cached one: a subscription's
// alert brings the records it is about, read once for all its subscribers and fresher than
// what the subscription read before.
func (l *loader[K, V]) replace(key K, value V) {
	done := make(chan struct{})
	close(done)
	l.mu.Lock()
	l.results[key] = &result[V]{complete: true, done: done, value: value}
	l.mu.Unlock()
}

// Load returns the value of one key, fetched together with the keys other resolvers ask for
// at about the same time.
func (l *loader[K, V]) Load(ctx context.Context, key K) (V, error) {
	return l.LoadThunk(ctx, key)()
}

// LoadAlone loads a key that is a level of its own — a record a query asks for by id at its
// root — and so is sent at once rather than after the quiet period. Several such fields in
// one query (aliases) are then a round trip each, run in parallel.
func (l *loader[K, V]) LoadAlone(ctx context.Context, key K) (V, error) {
	l.enqueueAll(ctx, []K{key})
	return l.Load(ctx, key)
}

// LoadThunk enqueues a key and returns a function that waits for its value, so one resolver
// can put keys into several loaders before waiting for any.
func (l *loader[K, V]) LoadThunk(ctx context.Context, key K) func() (V, error) {
	l.mu.Lock()
	var level []K
	if l.siblings != nil {
		level = l.siblings(key)
	}
	r := l.want(ctx, key, len(level) > 1)
	for _, k := range level {
		l.want(ctx, k, true)
	}
	l.mu.Unlock()
	return func() (V, error) {
		l.dispatch(r)
		select {
		case <-r.done:
			return r.value, r.err
		case <-ctx.Done():
			var zero V
			return zero, ctx.Err()
		}
	}
}

// LoadAll loads several keys in one batch.
func (l *loader[K, V]) LoadAll(ctx context.Context, keys []K) ([]V, error) {
	type pending struct {
		i int
		r *result[V]
	}
	l.mu.Lock()
	waits := make([]pending, len(keys))
	for i, key := range keys {
		waits[i] = pending{i, l.want(ctx, key, false)}
	}
	l.mu.Unlock()
	for _, w := range waits {
		l.dispatch(w.r) // the first complete key still waiting sends its batch; the rest find it sent
	}
	out := make([]V, len(keys))
	for _, w := range waits {
		select {
		case <-w.r.done:
			if w.r.err != nil {
				return nil, w.r.err
			}
			out[w.i] = w.r.value
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return out, nil
}

// want returns the result of a key, enqueueing it if it was not asked for yet; l.mu is held.
func (l *loader[K, V]) want(ctx context.Context, key K, complete bool) *result[V] {
	r, ok := l.results[key]
	if !ok {
		r = &result[V]{done: make(chan struct{})}
		l.results[key] = r
		r.queued = l.enqueue(ctx, key)
	}
	r.complete = r.complete || complete
	return r
}

// enqueue adds a key to the open batch, opening one if needed, and returns the batch; l.mu is
// held.
func (l *loader[K, V]) enqueue(ctx context.Context, key K) *batch[K, V] {
	b := l.current
	if b == nil {
		b = &batch[K, V]{ctx: ctx, started: time.Now()}
		b.timer = time.AfterFunc(l.quiet, func() { l.flush(b) })
		l.current = b
	} else if time.Since(b.started) < l.maxWait {
		b.timer.Reset(l.quiet)
	}
	b.keys = append(b.keys, key)
	return b
}

// prime caches the value of a key loaded by other means, unless the key is cached or asked
// for already.
func (l *loader[K, V]) prime(key K, v V) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.results[key]; ok {
		return
	}
	r := &result[V]{done: make(chan struct{}), value: v}
	close(r.done)
	l.results[key] = r
}

// dispatch sends the open batch now, rather than after the quiet period, if r is complete and
// waiting in it: the caller is about to block on it, and its level is in the batch.
func (l *loader[K, V]) dispatch(r *result[V]) {
	l.mu.Lock()
	b := l.current
	if b == nil || b.flushed || r.queued != b || !r.complete {
		l.mu.Unlock()
		return
	}
	l.mu.Unlock()
	b.timer.Stop()
	l.flush(b)
}

func (l *loader[K, V]) flush(b *batch[K, V]) {
	l.mu.Lock()
	if b.flushed { // a Reset raced with the timer firing
		l.mu.Unlock()
		return
	}
	b.flushed = true
	if l.current == b {
		l.current = nil
	}
	keys := b.keys
	l.mu.Unlock()

	values, err := l.fetch(b.ctx, keys)
	l.mu.Lock()
	defer l.mu.Unlock()
	for i, key := range keys {
		r := l.results[key]
		if err != nil {
			r.err = err
			delete(l.results, key) // a failed load is not cached
		} else {
			r.value = values[i]
		}
		close(r.done)
	}
}

// siblingSets remembers which records came back together in one list (a page of a list query,
// the result of one batch), per kind of record, so that a resolver of one record can load
// what all of its siblings need in the same batch.
type siblingSets struct {
	mu    sync.Mutex
	group map[string][]concord.Node // kind + "/" + id → the records of its list
}

func newSiblingSets() *siblingSets { return &siblingSets{group: map[string][]concord.Node{}} }

// add records nodes as one list of the given kind; a record keeps the first list it was seen in.
func (s *siblingSets) add(kind string, nodes []concord.Node) {
	if len(nodes) < 2 {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, n := range nodes {
		if _, seen := s.group[kind+"/"+n.NodeID()]; !seen {
			s.group[kind+"/"+n.NodeID()] = nodes
		}
	}
}

// list returns the list a record of the given kind was seen in (nil if none).
func (s *siblingSets) list(kind, id string) []concord.Node {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.group[kind+"/"+id]
}

// ids returns a function giving the ids of a record's siblings, for a loader keyed by the
// records themselves.
func (s *siblingSets) ids(kind string) func(string) []string {
	return func(id string) []string {
		nodes := s.list(kind, id)
		out := make([]string, len(nodes))
		for i, n := range nodes {
			out[i] = n.NodeID()
		}
		return out
	}
}

// loadVia loads the records a parent refers to (keys(parent)) through l, first enqueueing the
// keys of every sibling of the parent, so that one level of a nested query is one batch.
//
// A parent that came alone (a record asked for by id) is a level of its own: its keys are
// enqueued as complete too, so its batch is sent as soon as it is waited on.
func loadVia[P concord.Node, V any](ctx context.Context, l *loader[string, *V], kind string, parent P, keys func(P) []string) ([]V, error) {
	siblings := loaders(ctx).siblings.list(kind, parent.NodeID())
	for _, sibling := range siblings {
		if p, ok := sibling.(P); ok {
			// A sibling read without the part that holds these keys (a mission in a list that
			// did not select its lead) has none: an empty key is not a record.
			l.enqueueAll(ctx, withoutEmpty(keys(p)))
		}
	}
	if len(siblings) == 0 {
		l.enqueueAll(ctx, keys(parent))
	}
	return loadAll(ctx, l, keys(parent))
}

// loadOneVia is loadVia for a reference that must exist.
func loadOneVia[P concord.Node, V any](ctx context.Context, l *loader[string, *V], kind string, parent P, key func(P) string) (*V, error) {
	vs, err := loadVia(ctx, l, kind, parent, func(p P) []string { return []string{key(p)} })
	if err != nil {
		return nil, err
	}
	if len(vs) == 0 {
		return nil, concord.Errorf(concord.EINTERNAL, "", "a referenced record is missing")
	}
	return &vs[0], nil
}

// enqueueAll asks for keys without waiting for them.
func (l *loader[K, V]) enqueueAll(ctx context.Context, keys []K) {
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, k := range keys {
		l.want(ctx, k, true)
	}
}

// withoutEmpty returns keys without the empty ones, in a new slice.
func withoutEmpty(keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if k != "" {
			out = append(out, k)
		}
	}
	return out
}
