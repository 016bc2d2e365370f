package resolvers

import (
	"context"
	"slices"
	"sync"
	"testing"
	"time"
)

// countingFetch returns each key doubled and records the batches it was asked for.
type countingFetch struct {
	mu      sync.Mutex
	batches [][]int
}

func (f *countingFetch) fetch(ctx context.Context, keys []int) ([]int, error) {
	f.mu.Lock()
	f.batches = append(f.batches, slices.Clone(keys))
	f.mu.Unlock()
	out := make([]int, len(keys))
	for i, k := range keys {
		out[i] = 2 * k
	}
	return out, nil
}

// TestCompleteLevelIsSentWhenWaitedOn: keys enqueued with their whole level are fetched the
// moment a resolver waits on one, in one batch. The quiet period is an hour here, so waiting
// for it would fail the test by its deadline.
func TestCompleteLevelIsSentWhenWaitedOn(t *testing.T) {
	f := &countingFetch{}
	l := newLoader(f.fetch)
	l.quiet, l.maxWait = time.Hour, time.Hour
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	l.enqueueAll(ctx, []int{1, 2, 3})
	var wg sync.WaitGroup
	for _, k := range []int{1, 2, 3} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, err := l.Load(ctx, k)
			if err != nil || v != 2*k {
				t.Errorf("Load(%d) = %d, %v; want %d", k, v, err, 2*k)
			}
		}()
	}
	wg.Wait()
	if len(f.batches) != 1 || !slices.Equal(f.batches[0], []int{1, 2, 3}) {
		t.Errorf("batches %v, want one batch [1 2 3]", f.batches)
	}
}

// TestSiblingLevelIsSentWhenWaitedOn: a loader that knows a key's siblings loads them all, at
// once, when the key is waited on.
func TestSiblingLevelIsSentWhenWaitedOn(t *testing.T) {
	f := &countingFetch{}
	l := newLoader(f.fetch)
	l.quiet, l.maxWait = time.Hour, time.Hour
	l.siblings = func(k int) []int { return []int{4, 5, 6} }
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if v, err := l.Load(ctx, 5); err != nil || v != 10 {
		t.Fatalf("Load(5) = %d, %v", v, err)
	}
	if v, err := l.Load(ctx, 6); err != nil || v != 12 {
		t.Fatalf("Load(6) = %d, %v", v, err)
	}
	if len(f.batches) != 1 || !slices.Equal(f.batches[0], []int{5, 4, 6}) {
		t.Errorf("batches %v, want one batch [5 4 6]", f.batches)
	}
}

// TestLoneLoadsWaitForTheirLevel: keys whose level is not known are not sent at the first
// wait, which would cost a round trip each; resolvers that ask at about the same time share
// one batch.
func TestLoneLoadsWaitForTheirLevel(t *testing.T) {
	f := &countingFetch{}
	l := newLoader(f.fetch)
	l.quiet, l.maxWait = 200*time.Millisecond, time.Second
	ctx := context.Background()
	var wg sync.WaitGroup
	start := make(chan struct{})
	for k := range 20 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			<-start
			if v, err := l.Load(ctx, k); err != nil || v != 2*k {
				t.Errorf("Load(%d) = %d, %v", k, v, err)
			}
		}()
	}
	close(start)
	wg.Wait()
	if len(f.batches) != 1 || len(f.batches[0]) != 20 {
		t.Errorf("batches %v, want one batch of 20", f.batches)
	}
}

// TestPrimedKeysAreNotFetched: a value loaded by other means (a related loader) answers its
// key without a fetch; a key already asked for keeps its own value.
func TestPrimedKeysAreNotFetched(t *testing.T) {
	f := &countingFetch{}
	l := newLoader(f.fetch)
	ctx := context.Background()
	l.prime(7, 70)
	if v, err := l.Load(ctx, 7); err != nil || v != 70 {
		t.Fatalf("Load(7) = %d, %v; want the primed 70", v, err)
	}
	if len(f.batches) != 0 {
		t.Errorf("fetched %v for a primed key", f.batches)
	}
	if v, _ := l.Load(ctx, 8); v != 16 {
		t.Fatalf("Load(8) = %d", v)
	}
	l.prime(8, 0)
	if v, _ := l.Load(ctx, 8); v != 16 {
		t.Errorf("prime replaced a loaded key: %d", v)
	}
}

// TestLoadAloneIsSentAtOnce: a record asked for by id at a query's root is its own level.
func TestLoadAloneIsSentAtOnce(t *testing.T) {
	f := &countingFetch{}
	l := newLoader(f.fetch)
	l.quiet, l.maxWait = time.Hour, time.Hour
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if v, err := l.LoadAlone(ctx, 3); err != nil || v != 6 {
		t.Fatalf("LoadAlone(3) = %d, %v", v, err)
	}
}
