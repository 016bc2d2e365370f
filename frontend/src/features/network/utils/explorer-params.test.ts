import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, readExplorerParams, writeExplorerParams } from './explorer-params';

describe('explorer params', () => {
  it.each([
    { name: 'nothing: the defaults', search: '', want: {} },
    { name: 'a size bound offered', search: 'max=1000', want: { maxNodes: 1000 } },
    { name: 'a size bound not offered', search: 'max=7', want: {} },
    { name: 'node types, known ones in order', search: 'types=activity,actor,bogus', want: { nodeTypes: ['actor', 'activity'] } },
    { name: 'no known node type', search: 'types=bogus', want: {} },
    { name: 'edge types', search: 'edges=LEADS,IN', want: { edgeTypes: ['LEADS', 'IN'] } },
    {
      name: 'filters',
      search: 'model=MONITORING&at=2010-06-01&fn=RULE_OF_LAW&region=150&overlaps=off',
      want: { model: 'MONITORING', at: '2010-06-01', fn: 'RULE_OF_LAW', region: '150', showOverlaps: false },
    },
    { name: 'malformed filters', search: 'model=X&at=June&fn=x y&region=Europe', want: {} },
  ])('$name', ({ search, want }) => {
    expect(readExplorerParams(new URLSearchParams(search))).toEqual({ ...DEFAULT_PARAMS, ...want });
  });

  it('writes what differs from the defaults, keeps other parameters, and reads back the same', () => {
    const params = { ...DEFAULT_PARAMS, maxNodes: 500, nodeTypes: ['actor', 'country', 'activity'], fn: 'JUSTICE' as const, showOverlaps: false };
    const written = writeExplorerParams(new URLSearchParams('focus=country:AFG&depth=2&at=2001-01-01'), params);
    expect(written.toString()).toBe('focus=country%3AAFG&depth=2&max=500&types=actor%2Ccountry%2Cactivity&fn=JUSTICE&overlaps=off');
    expect(readExplorerParams(written)).toEqual(params);
    expect(writeExplorerParams(new URLSearchParams('max=500'), DEFAULT_PARAMS).toString()).toBe('');
  });
});
