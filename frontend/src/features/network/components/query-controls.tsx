// What the API is asked for: depth, size bound, node and relationship types. Changing any of
// them loads a new network.
import { useId } from 'react';
import { EDGE_TYPES, NODE_TYPES } from '../types';
import { MAX_NODES_CHOICES } from '../utils/explorer-params';

type Props = {
  depth: number;
  onDepth: (depth: number) => void;
  maxNodes: number;
  onMaxNodes: (n: number) => void;
  nodeTypes: string[];
  onNodeTypes: (types: string[]) => void;
  /** null: every relationship type. */
  edgeTypes: string[] | null;
  onEdgeTypes: (types: string[] | null) => void;
  disabled?: boolean;
};

function toggle(list: string[], item: string, on: boolean, order: readonly string[]): string[] {
  const set = new Set(list);
  if (on) set.add(item);
  else set.delete(item);
  return order.filter((t) => set.has(t));
}

export function QueryControls(p: Props) {
  const id = useId();
  const edges = p.edgeTypes ?? [...EDGE_TYPES];
  return (
    <fieldset className="network-fieldset" disabled={p.disabled}>
      <legend>What to load</legend>
      <label htmlFor={`${id}-depth`}>Depth (hops from the focus)</label>
      <select id={`${id}-depth`} value={p.depth} onChange={(e) => p.onDepth(Number(e.target.value))}>
        {[0, 1, 2, 3].map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-max`}>Most nodes</label>
      <select id={`${id}-max`} value={p.maxNodes} onChange={(e) => p.onMaxNodes(Number(e.target.value))}>
        {MAX_NODES_CHOICES.map((n) => (
          <option key={n} value={n}>
            {n}
          </option>
        ))}
      </select>
      <fieldset className="checks">
        <legend>Node types</legend>
        {NODE_TYPES.map((t) => {
          const checked = p.nodeTypes.includes(t);
          // The API reads an empty list as "every type": the last type cannot be unticked.
          const last = checked && p.nodeTypes.length === 1;
          return (
            <label key={t}>
              <input
                type="checkbox"
                checked={checked}
                disabled={last}
                onChange={(e) => p.onNodeTypes(toggle(p.nodeTypes, t, e.target.checked, NODE_TYPES))}
              />{' '}
              {t}
            </label>
          );
        })}
      </fieldset>
      <details>
        <summary>Relationship types ({p.edgeTypes ? `${edges.length} of ${EDGE_TYPES.length}` : 'all'})</summary>
        <fieldset className="checks">
          <legend className="visually-hidden">Relationship types</legend>
          {EDGE_TYPES.map((t) => {
            const checked = edges.includes(t);
            return (
              <label key={t}>
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={checked && edges.length === 1}
                  onChange={(e) => {
                    const next = toggle(edges, t, e.target.checked, EDGE_TYPES);
                    p.onEdgeTypes(next.length === EDGE_TYPES.length ? null : next);
                  }}
                />{' '}
                {t}
              </label>
            );
          })}
        </fieldset>
      </details>
    </fieldset>
  );
}
