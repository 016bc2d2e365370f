package main

import (
	"log/slog"
	"os"
	"runtime/debug"
)

// Garbage collection settings for serving, unless the operator set GOGC or GOMEMLIMIT.
//
// A GraphQL answer allocates many short-lived values (a goroutine and a result per resolved
// field), so the collector's default of running at every doubling of the live heap took about a
// fifth of a nested query's time. Collecting at every fivefold growth instead, with a soft memory
// limit under the 500 MB the server is meant to stay within, gave 20% on the nested benchmarks
// (docs/performance.md, "Collector"); the limit makes the collector run sooner if the heap
// approaches it, so a large answer does not take the process past it.
const (
	serveGCPercent   = 400
	serveMemoryLimit = 400 << 20
)

func tuneMemory(log *slog.Logger) {
	if _, set := os.LookupEnv("GOGC"); !set {
		debug.SetGCPercent(serveGCPercent)
		log.Info("garbage collector: collect at every fivefold heap growth", "gc_percent", serveGCPercent)
	}
	if _, set := os.LookupEnv("GOMEMLIMIT"); !set {
		debug.SetMemoryLimit(serveMemoryLimit)
		log.Info("garbage collector: soft memory limit", "bytes", serveMemoryLimit)
	}
}
