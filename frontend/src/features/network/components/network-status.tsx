// What the explorer is doing and what it shows, in words: loading, errors, an empty result,
// what the size bound left out, and how many overlapping pairs are highlighted.
import type { ApiError } from '@/lib/graphql-client';
import type { NetworkGraph } from '../api/use-network-graph';
import type { Graph } from '../types';

type Props = {
  network: NetworkGraph & { refetch: () => void; expandError?: ApiError };
  focus: string;
  depth: number;
  maxNodes: number;
  shown: Graph;
  /** The overlaps query, when overlaps are highlighted. */
  overlaps?: { status: 'loading' | 'error' | 'success'; error?: ApiError; data?: { overlaps: { totalCount: number } } };
  overlapPairs: number;
  /** Summary nodes drawn (each standing for several nodes linked alike). */
  summaries: number;
  /** Draws the opened summaries closed again; absent when none is open. */
  onRegroup?: () => void;
};

/** "1 edge", "2 edges". */
function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function OverlapsLine({ overlaps, pairs }: { overlaps: NonNullable<Props['overlaps']>; pairs: number }) {
  if (overlaps.status === 'loading') return <p>Loading overlaps…</p>;
  if (overlaps.status === 'error') {
    return (
      <p role="alert" className="error">
        Overlaps could not be loaded: {overlaps.error?.message}
      </p>
    );
  }
  const total = overlaps.data?.overlaps.totalCount ?? 0;
  return (
    <p>
      {pairs === 0 ? 'No overlapping pairs among what is shown' : `${count(pairs, 'overlapping pair')} highlighted`}
      {total > 500 && ` (checked against the 500 highest-scoring of ${total} overlaps)`}.
    </p>
  );
}

export function NetworkStatus({ network, focus, depth, maxNodes, shown, overlaps, overlapPairs, summaries, onRegroup }: Props) {
  if (network.status === 'loading') {
    return (
      <p role="status" className="network-status">
        Loading the network around {focus}…
      </p>
    );
  }
  if (network.status === 'error') {
    return (
      <p role="alert" className="error network-status">
        {network.error.code === 'NOT_FOUND'
          ? `There is no node ${focus}, or it is not visible to you.`
          : `Could not load the network: ${network.error.message}`}{' '}
        <button type="button" onClick={network.refetch}>
          Retry
        </button>
      </p>
    );
  }
  const loaded = network.graph.nodes.length;
  return (
    <div aria-live="polite" className="network-status">
      {shown.nodes.length <= 1 ? (
        <p className="empty">
          {loaded <= 1
            ? `Nothing is linked to ${focus} within ${count(depth, 'hop')} with the chosen types.`
            : `The filters hide everything around ${focus}.`}
        </p>
      ) : (
        <p>
          Showing {shown.nodes.length} of {count(loaded, 'loaded node')} and {count(shown.edges.length, 'edge')}.
        </p>
      )}
      {network.omitted > 0 && (
        <p>
          {count(network.omitted, 'more node')} within {count(depth, 'hop')} {network.omitted === 1 ? 'was' : 'were'} left
          out (at most {maxNodes} are loaded): raise “Most nodes”, lower the depth or untick node types.
        </p>
      )}
      {(summaries > 0 || onRegroup) && (
        <p>
          {summaries > 0 &&
            `${count(summaries, 'node')} with a double ring ${summaries === 1 ? 'stands' : 'each stand'} for several of one type linked alike: select one to show them. `}
          {onRegroup && (
            <button type="button" onClick={onRegroup}>
              Group them again
            </button>
          )}
        </p>
      )}
      {overlaps && <OverlapsLine overlaps={overlaps} pairs={overlapPairs} />}
      {network.expandError && (
        <p role="alert" className="error">
          Could not expand: {network.expandError.message}
        </p>
      )}
    </div>
  );
}
