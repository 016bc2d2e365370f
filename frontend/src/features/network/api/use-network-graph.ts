// The graph the explorer shows: the network around the focus, plus whatever the reader expanded.
import { useCallback, useMemo, useRef, useState } from 'react';
import { ApiError, request } from '@/lib/graphql-client';
import { useQuery } from '@/lib/use-query';
import type { Graph } from '../types';
import { mergeNetworks } from '../utils/merge-networks';
import { syntheticNetwork, type SyntheticSize } from '../utils/synthetic-network';
import { NetworkQuery } from './network';

export type NetworkArgs = {
  focus: string;
  depth: number;
  maxNodes: number;
  /** null: every type. */
  nodeTypes: string[] | null;
  edgeTypes: string[] | null;
};

export type NetworkGraph =
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | {
      status: 'success';
      graph: Graph;
      /** Nodes and edges within the depth the API left out (the maxNodes bound). */
      omitted: number;
      omittedEdges: number;
    };

type Expansion = { key: string; graph: Graph; expanded: ReadonlySet<string> };

const NONE_EXPANDED: ReadonlySet<string> = new Set();

/**
 * The network for `args`, from the API, or the generated measuring graph when `synthetic` is
 * given. `expand(id)` loads the network one hop around a node and merges it in; expansions are
 * dropped when the arguments change.
 */
export function useNetworkGraph(args: NetworkArgs, synthetic?: SyntheticSize) {
  const base = useQuery(NetworkQuery, args, { skip: synthetic !== undefined });
  const key = JSON.stringify(args);
  const currentKey = useRef(key);
  currentKey.current = key;
  const [expansion, setExpansion] = useState<Expansion | null>(null);
  const [expanding, setExpanding] = useState<string>();
  const [expandError, setExpandError] = useState<ApiError>();

  const generated = useMemo(() => synthetic && syntheticNetwork(synthetic), [synthetic]);

  const state = useMemo((): NetworkGraph => {
    if (generated) return { status: 'success', graph: generated, omitted: 0, omittedEdges: 0 };
    if (base.status !== 'success') return base.status === 'error' ? base : { status: 'loading' };
    const { nodes, edges, omitted, omittedEdges } = base.data.network;
    const graph = expansion?.key === key ? expansion.graph : { nodes, edges };
    return { status: 'success', graph, omitted, omittedEdges };
  }, [generated, base, expansion, key]);

  const expand = useCallback(
    async (id: string) => {
      if (state.status !== 'success' || generated) return;
      const node = state.graph.nodes.find((n) => n.id === id);
      if (!node) return;
      const askedFor = key;
      setExpanding(id);
      setExpandError(undefined);
      try {
        const around = await request(NetworkQuery, { ...args, focus: id, depth: 1 });
        if (currentKey.current !== askedFor) return;
        setExpansion((prev) => {
          const from = prev?.key === askedFor ? prev : { graph: state.graph, expanded: new Set<string>() };
          return {
            key: askedFor,
            graph: mergeNetworks(from.graph, around.network, node.depth),
            expanded: new Set([...from.expanded, id]),
          };
        });
      } catch (e) {
        if (currentKey.current === askedFor) {
          setExpandError(e instanceof ApiError ? e : new ApiError({ message: String(e), code: 'INTERNAL' }));
        }
      } finally {
        setExpanding(undefined);
      }
    },
    [state, generated, key, args],
  );

  const expanded = expansion?.key === key ? expansion.expanded : NONE_EXPANDED;
  return { ...state, refetch: base.refetch, expand, expanding, expandError, expanded, canExpand: !generated };
}
