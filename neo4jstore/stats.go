package neo4jstore

import (
	"sync/atomic"

	"github.com/concord-peace/concord"
)

// MaxConnections is the size of the driver's connection pool.
const MaxConnections = 50

// stats count the store's work, for the server's metrics.
type stats struct {
	reads, writes atomic.Int64 // transactions begun: reads (one statement or a snapshot), writes
	explicit      atomic.Int64 // of those, transactions run through a function (snapshots, writes)
	attempts      atomic.Int64 // runs of those functions: more than explicit when the driver retried
	inFlight      atomic.Int64 // transactions running now
}

// begin counts a transaction of a kind (reads or writes) and one in flight; the returned func
// ends it.
func (st *stats) begin(kind *atomic.Int64, explicit bool) func() {
	kind.Add(1)
	if explicit {
		st.explicit.Add(1)
	}
	st.inFlight.Add(1)
	return func() { st.inFlight.Add(-1) }
}

// Stats implements concord.StatsReporter.
func (s *Store) Stats() concord.StoreStats {
	return concord.StoreStats{
		Reads: s.stats.reads.Load(), Writes: s.stats.writes.Load(),
		Retries:  max(s.stats.attempts.Load()-s.stats.explicit.Load(), 0),
		InFlight: s.stats.inFlight.Load(), Statements: s.roundTrip.Load(), MaxConnections: MaxConnections,
	}
}
