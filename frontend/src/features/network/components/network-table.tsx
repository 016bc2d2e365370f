// The text alternative to the canvas: every node and edge shown, as tables. Collapsed by default,
// and rendered only when opened, since a measured graph has tens of thousands of rows; at most
// ROW_LIMIT rows per table are drawn, the exports have them all.
import { useState } from 'react';
import type { Graph } from '../types';

export const ROW_LIMIT = 500;

type Props = { graph: Graph; focus: string; onSelect: (id: string) => void };

function Capped({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (shown >= total) return null;
  return (
    <p className="hint">
      The first {shown} of {total} {what}; the CSV and GraphML exports hold them all.
    </p>
  );
}

function attributesText(attributes: { key: string; value: string }[]): string {
  return attributes.map((a) => `${a.key}: ${a.value}`).join('; ');
}

function Tables({ graph, focus, onSelect }: Props) {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const nodes = graph.nodes.slice(0, ROW_LIMIT);
  const edges = graph.edges.slice(0, ROW_LIMIT);
  return (
    <>
      <div className="table-scroll">
        <table className="network-table">
          <caption>Nodes</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Type</th>
              <th scope="col">Hops</th>
              <th scope="col">Id</th>
              <th scope="col">Attributes</th>
            </tr>
          </thead>
          <tbody>
            {nodes.map((n) => (
              <tr key={n.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => onSelect(n.id)}>
                    {n.label}
                  </button>
                  {n.id === focus && ' (focus)'}
                </th>
                <td>{n.type}</td>
                <td>{n.depth}</td>
                <td>
                  <code>{n.id}</code>
                </td>
                <td>{attributesText(n.attributes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Capped shown={nodes.length} total={graph.nodes.length} what="nodes" />
      <div className="table-scroll">
        <table className="network-table">
          <caption>Edges</caption>
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">Relationship</th>
              <th scope="col">To</th>
              <th scope="col">Attributes</th>
            </tr>
          </thead>
          <tbody>
            {edges.map((e) => (
              <tr key={e.id}>
                <td>{label.get(e.source) ?? e.source}</td>
                <td>{e.type}</td>
                <td>{label.get(e.target) ?? e.target}</td>
                <td>{attributesText(e.attributes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Capped shown={edges.length} total={graph.edges.length} what="edges" />
    </>
  );
}

export function NetworkTable(props: Props) {
  const [open, setOpen] = useState(false);
  return (
    <details className="network-tables" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Table of the {props.graph.nodes.length} nodes and {props.graph.edges.length} edges shown
      </summary>
      {open && <Tables {...props} />}
    </details>
  );
}
