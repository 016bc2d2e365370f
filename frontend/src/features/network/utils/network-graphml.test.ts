import { describe, expect, it } from 'vitest';
import type { Graph } from '../types';
import { networkGraphml, xmlEscape } from './network-graphml';

const graph: Graph = {
  nodes: [
    { id: 'mission:eulex', type: 'mission', label: 'EULEX <Kosovo> & "friends"', depth: 1, attributes: [{ key: 'model', value: 'MONITORING' }] },
    { id: 'actor:o\'brien', type: 'actor', label: 'bell\u0007 ringer', depth: 2, attributes: [{ key: 'label', value: 'shadowed' }] },
  ],
  edges: [{ id: 'LEADS:actor:o\'brien->mission:eulex', source: "actor:o'brien", target: 'mission:eulex', type: 'LEADS', attributes: [] }],
};

function parse(xml: string): Document {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
  return doc;
}

describe('xmlEscape', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(xmlEscape(`a<b>&"c'`)).toBe('a&lt;b&gt;&amp;&quot;c&apos;');
    expect(xmlEscape('a\u0000b\u001Fc\td\ne')).toBe('abc\td\ne');
  });
});

describe('networkGraphml', () => {
  it('is well-formed XML that round-trips labels, ids and attributes', () => {
    const doc = parse(networkGraphml(graph));
    const nodes = [...doc.getElementsByTagName('node')];
    expect(nodes.map((n) => n.getAttribute('id'))).toEqual(['mission:eulex', "actor:o'brien"]);
    const value = (el: Element, key: string) =>
      [...el.getElementsByTagName('data')].find((d) => d.getAttribute('key') === key)?.textContent;
    expect(value(nodes[0], 'label')).toBe('EULEX <Kosovo> & "friends"');
    expect(value(nodes[1], 'label')).toBe('bell ringer');
    expect(value(nodes[0], 'depth')).toBe('1');
    const edge = doc.getElementsByTagName('edge')[0];
    expect([edge.getAttribute('source'), edge.getAttribute('target')]).toEqual(["actor:o'brien", 'mission:eulex']);
    expect(value(edge, 'edgetype')).toBe('LEADS');
  });

  it('declares every key it uses, attributes included, apart from the fixed fields', () => {
    const doc = parse(networkGraphml(graph));
    const keys = [...doc.getElementsByTagName('key')].map((k) => [k.getAttribute('id'), k.getAttribute('for'), k.getAttribute('attr.name'), k.getAttribute('attr.type')]);
    expect(keys).toEqual([
      ['label', 'node', 'label', 'string'],
      ['type', 'node', 'type', 'string'],
      ['depth', 'node', 'depth', 'int'],
      ['n0', 'node', 'attribute label', 'string'],
      ['n1', 'node', 'model', 'string'],
      ['edgetype', 'edge', 'type', 'string'],
    ]);
    const declared = new Set(keys.map((k) => k[0]));
    for (const d of doc.getElementsByTagName('data')) expect(declared).toContain(d.getAttribute('key'));
    const shadowed = [...doc.getElementsByTagName('node')[1].getElementsByTagName('data')].find((d) => d.getAttribute('key') === 'n0');
    expect(shadowed?.textContent).toBe('shadowed');
  });

  it('declares the graph directed', () => {
    const doc = parse(networkGraphml({ nodes: [], edges: [] }));
    expect(doc.getElementsByTagName('graph')[0].getAttribute('edgedefault')).toBe('directed');
  });
});
