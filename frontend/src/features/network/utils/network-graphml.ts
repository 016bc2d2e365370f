// The graph as GraphML (http://graphml.graphdrawing.org/) for Gephi and yEd: every attribute
// key is declared once per kind of element, values are XML-escaped, and characters XML 1.0
// cannot carry at all are dropped.
import type { Attribute, Graph } from '../types';

// Control characters other than tab, line feed and carriage return are not allowed in XML 1.0,
// not even as character references.
// eslint-disable-next-line no-control-regex -- matching those characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

type Key = { id: string; name: string; type: 'string' | 'int' };

const NODE_FIELDS = {
  label: { id: 'label', name: 'label', type: 'string' },
  type: { id: 'type', name: 'type', type: 'string' },
  depth: { id: 'depth', name: 'depth', type: 'int' },
} satisfies Record<string, Key>;
const EDGE_FIELDS = { type: { id: 'edgetype', name: 'type', type: 'string' } } satisfies Record<string, Key>;

/**
 * One key per attribute name, sorted; an attribute named like a fixed field (a node attribute
 * "label") is declared as "attribute label" so the two stay apart.
 */
function attributeKeys(prefix: string, fixed: Record<string, Key>, items: { attributes: Attribute[] }[]) {
  const names = [...new Set(items.flatMap((i) => i.attributes.map((a) => a.key)))].sort();
  return new Map(
    names.map((name, i): [string, Key] => [
      name,
      { id: `${prefix}${i}`, name: name in fixed ? `attribute ${name}` : name, type: 'string' },
    ]),
  );
}

function declare(forWhat: 'node' | 'edge', keys: Key[]): string[] {
  return keys.map((k) => `  <key id="${k.id}" for="${forWhat}" attr.name="${xmlEscape(k.name)}" attr.type="${k.type}"/>`);
}

function data(values: [Key, string | number][]): string {
  return values.map(([k, v]) => `<data key="${k.id}">${xmlEscape(String(v))}</data>`).join('');
}

function attributeData(keys: Map<string, Key>, attributes: Attribute[]): [Key, string][] {
  return attributes.map((a) => [keys.get(a.key)!, a.value]);
}

export function networkGraphml(graph: Graph): string {
  const nodeKeys = attributeKeys('n', NODE_FIELDS, graph.nodes);
  const edgeKeys = attributeKeys('e', EDGE_FIELDS, graph.edges);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...declare('node', [...Object.values(NODE_FIELDS), ...nodeKeys.values()]),
    ...declare('edge', [...Object.values(EDGE_FIELDS), ...edgeKeys.values()]),
    '  <graph id="concord-network" edgedefault="directed">',
    ...graph.nodes.map(
      (n) =>
        `    <node id="${xmlEscape(n.id)}">` +
        data([
          [NODE_FIELDS.label, n.label],
          [NODE_FIELDS.type, n.type],
          [NODE_FIELDS.depth, n.depth],
          ...attributeData(nodeKeys, n.attributes),
        ]) +
        '</node>',
    ),
    ...graph.edges.map(
      (e) =>
        `    <edge id="${xmlEscape(e.id)}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">` +
        data([[EDGE_FIELDS.type, e.type], ...attributeData(edgeKeys, e.attributes)]) +
        '</edge>',
    ),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
