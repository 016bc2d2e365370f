// The network has no overlap relationships: overlaps are computed by the `overlaps` query. They
// are drawn as extra OVERLAPS edges between the two missions or activities, when both are shown.
import { OVERLAP_EDGE_TYPE, type GraphEdge } from '../types';
import { subjectNetworkId } from './network-id';

type Subject = { __typename: 'Mission' | 'Activity'; id: string };

export type OverlapPair = {
  score: number;
  from?: string | null;
  to?: string | null;
  sharedFunctions: { code: string }[];
  a: { subject: Subject };
  b: { subject: Subject };
};

/**
 * One OVERLAPS edge per pair whose two sides are among `shownIds`, with the score, the shared
 * functions and the shared period as attributes. A pair reported more than once (two periods)
 * keeps its first, the highest-scoring, report.
 */
export function overlapEdges(overlaps: OverlapPair[], shownIds: ReadonlySet<string>): GraphEdge[] {
  const edges = new Map<string, GraphEdge>();
  for (const o of overlaps) {
    const [source, target] = [
      subjectNetworkId(o.a.subject.__typename, o.a.subject.id),
      subjectNetworkId(o.b.subject.__typename, o.b.subject.id),
    ].sort();
    const id = `${OVERLAP_EDGE_TYPE}:${source}->${target}`;
    if (source === target || edges.has(id) || !shownIds.has(source) || !shownIds.has(target)) continue;
    const attributes = [
      { key: 'score', value: o.score.toFixed(2) },
      { key: 'sharedFunctions', value: o.sharedFunctions.map((f) => f.code).join(' ') },
    ];
    if (o.from) attributes.push({ key: 'from', value: o.from });
    if (o.to) attributes.push({ key: 'to', value: o.to });
    edges.set(id, { id, source, target, type: OVERLAP_EDGE_TYPE, attributes });
  }
  return [...edges.values()];
}
