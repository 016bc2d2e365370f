import { describe, expect, it } from 'vitest';
import { overlapEdges, type OverlapPair } from './overlap-edges';

const pair = (a: string, b: string, score: number, from?: string): OverlapPair => ({
  score,
  from,
  to: null,
  sharedFunctions: [{ code: 'RULE_OF_LAW' }, { code: 'POLICE' }],
  a: { subject: { __typename: 'Mission', id: a } },
  b: { subject: a === 'eulex' && b === 'act-1' ? { __typename: 'Activity', id: b } : { __typename: 'Mission', id: b } },
});

describe('overlapEdges', () => {
  it('links pairs whose both sides are shown, ends in id order, with score, functions and period', () => {
    const shown = new Set(['mission:unmik', 'mission:eulex', 'mission:osce-kosovo']);
    expect(overlapEdges([pair('unmik', 'eulex', 0.8123, '2008-12-09'), pair('unmik', 'kfor', 0.5)], shown)).toEqual([
      {
        id: 'OVERLAPS:mission:eulex->mission:unmik',
        source: 'mission:eulex',
        target: 'mission:unmik',
        type: 'OVERLAPS',
        attributes: [
          { key: 'score', value: '0.81' },
          { key: 'sharedFunctions', value: 'RULE_OF_LAW POLICE' },
          { key: 'from', value: '2008-12-09' },
        ],
      },
    ]);
  });

  it('names activities as the network does and keeps the first report of a pair', () => {
    const shown = new Set(['mission:eulex', 'activity:act-1']);
    const edges = overlapEdges([pair('eulex', 'act-1', 0.9), pair('eulex', 'act-1', 0.4)], shown);
    expect(edges).toHaveLength(1);
    expect(edges[0]).toMatchObject({ source: 'activity:act-1', target: 'mission:eulex' });
    expect(edges[0].attributes[0]).toEqual({ key: 'score', value: '0.90' });
  });
});
