import { useEffect, useRef } from 'react';
import { OVERLAP_EDGE_TYPE, type Graph, type GraphNode } from '../types';

type Props = {
  node: GraphNode;
  graph: Graph;
  isFocus: boolean;
  onFocus: () => void;
  onExpand?: () => void;
  expanded: boolean;
  expanding: boolean;
  onClose: () => void;
};

/** The selected node: what it is, what it overlaps with, and the two things to do with it. */
export function NodeDetails({ node, graph, isFocus, onFocus, onExpand, expanded, expanding, onClose }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Selecting from the table or the canvas brings the reader here, where the actions are.
  useEffect(() => heading.current?.focus({ preventScroll: true }), [node.id]);

  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const overlaps = graph.edges
    .filter((e) => e.type === OVERLAP_EDGE_TYPE && (e.source === node.id || e.target === node.id))
    .map((e) => ({
      other: label.get(e.source === node.id ? e.target : e.source),
      score: e.attributes.find((a) => a.key === 'score')?.value,
    }));
  const links = graph.edges.filter((e) => e.type !== OVERLAP_EDGE_TYPE && (e.source === node.id || e.target === node.id)).length;

  return (
    <section className="node-details" aria-labelledby={`${node.id}-details`}>
      <h2 id={`${node.id}-details`} ref={heading} tabIndex={-1}>
        {node.label}
      </h2>
      <dl>
        <dt>Id</dt>
        <dd>
          <code>{node.id}</code>
        </dd>
        <dt>Type</dt>
        <dd>{node.type}</dd>
        <dt>Hops from the focus</dt>
        <dd>{node.depth}</dd>
        <dt>Links shown</dt>
        <dd>{links}</dd>
        {node.attributes.map((a) => (
          <div key={a.key}>
            <dt>{a.key}</dt>
            <dd>{a.value}</dd>
          </div>
        ))}
      </dl>
      {overlaps.length > 0 && (
        <>
          <h3>Overlaps with</h3>
          <ul>
            {overlaps.map((o) => (
              <li key={o.other}>
                {o.other} (score {o.score})
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="actions">
        <button type="button" onClick={onFocus} disabled={isFocus}>
          Make it the focus
        </button>
        {onExpand && (
          <button type="button" onClick={onExpand} disabled={expanded || expanding}>
            {expanding ? 'Expanding…' : expanded ? 'Expanded' : 'Expand (add its neighbours)'}
          </button>
        )}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </section>
  );
}
