import { describe, expect, it } from 'vitest';
import { maliOverlaps } from '../testing/fixtures';
import { ownOverlaps } from './own-overlaps';

describe('ownOverlaps', () => {
  const rows = ownOverlaps(maliOverlaps, new Set(['act-1', 'act-2']), 'uk');

  it("keeps the pairs with a funded activity or a mission the organisation takes part in, its side first", () => {
    expect(rows.map((r) => [r.own.label, r.other.label, r.score])).toEqual([
      ['Court support', 'EU justice programme', 0.8],
      ['EUTM Mali', 'Prison reform', 0.6],
      ['Court support', 'Police training', 0.5],
    ]);
  });

  it('names the other side, its actors, and whether it is the organisation’s too', () => {
    expect(rows[0].other).toEqual({ kind: 'Activity', id: 'act-9', label: 'EU justice programme', actors: ['EU'] });
    expect(rows[0].otherIsOwn).toBe(false);
    expect(rows[1].own.kind).toBe('Mission');
    expect(rows[2].otherIsOwn).toBe(true);
    expect(rows[0].sharedFunctions).toEqual(['Justice']);
  });

  it('drops a mission the organisation takes no part in', () => {
    expect(ownOverlaps(maliOverlaps, new Set(), 'de')).toEqual([]);
  });
});
