// Nodes and edges as CSV for spreadsheets: one row per node or edge, one column per attribute
// key found. Labels come from the data, so lib/csv defuses cells a spreadsheet would run.
import { toCsv } from '@/lib/csv';
import type { Attribute, GraphEdge, GraphNode } from '../types';

function attributeKeys(items: { attributes: Attribute[] }[]): string[] {
  return [...new Set(items.flatMap((i) => i.attributes.map((a) => a.key)))].sort();
}

function table(header: string[], rows: (string | number)[][]): string {
  return toCsv([header, ...rows]);
}

function attributeCells(item: { attributes: Attribute[] }, keys: string[]): string[] {
  return keys.map((k) => item.attributes.find((a) => a.key === k)?.value ?? '');
}

export function nodesCsv(nodes: GraphNode[]): string {
  const keys = attributeKeys(nodes);
  return table(
    ['id', 'type', 'label', 'depth', ...keys],
    nodes.map((n) => [n.id, n.type, n.label, n.depth, ...attributeCells(n, keys)]),
  );
}

export function edgesCsv(edges: GraphEdge[]): string {
  const keys = attributeKeys(edges);
  return table(
    ['id', 'source', 'target', 'type', ...keys],
    edges.map((e) => [e.id, e.source, e.target, e.type, ...attributeCells(e, keys)]),
  );
}
