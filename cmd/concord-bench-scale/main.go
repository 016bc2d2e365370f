// Command concord-bench-scale measures Concord's coordination questions at the size users
// bring: it grows a graph with generated IATI activities and then asks a running server each
// question many times, reporting median, p95 and the server's memory.
//
//	concord-bench-scale load  -neo4j-uri neo4j://127.0.0.1:7690 -first 0 -n 100000
//	concord-bench-scale query -url http://127.0.0.1:8090/graphql -requests 50 -server-pid PID -label 100k
//
// scripts/bench-scale.sh runs both for 100,000 and 1,000,000 activities (make bench-scale).
// The query step sends requests only to the loopback interface and stops by itself.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: concord-bench-scale load|query [flags]")
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	var err error
	switch os.Args[1] {
	case "load":
		err = load(ctx, os.Args[2:])
	case "query":
		err = query(ctx, os.Args[2:])
	default:
		err = fmt.Errorf("unknown command %q (load or query)", os.Args[1])
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "concord-bench-scale %s: %v\n", os.Args[1], err)
		os.Exit(1)
	}
}
