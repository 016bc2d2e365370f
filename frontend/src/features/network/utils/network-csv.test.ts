import { describe, expect, it } from 'vitest';
import { edgesCsv, nodesCsv } from './network-csv';

describe('nodesCsv and edgesCsv', () => {
  it('writes one column per attribute key, blank where a row has none', () => {
    const csv = nodesCsv([
      { id: 'mission:eulex', type: 'mission', label: 'EULEX', depth: 1, attributes: [{ key: 'model', value: 'MONITORING' }, { key: 'start', value: '2008-02-16' }] },
      { id: 'actor:eu', type: 'actor', label: '=cmd|calc', depth: 2, attributes: [{ key: 'kind', value: 'REGIONAL_ORGANISATION' }] },
    ]);
    expect(csv).toBe(
      'id,type,label,depth,kind,model,start\r\n' +
        'mission:eulex,mission,EULEX,1,,MONITORING,2008-02-16\r\n' +
        "actor:eu,actor,'=cmd|calc,2,REGIONAL_ORGANISATION,,\r\n",
    );
  });

  it('writes edges with their ends and type', () => {
    expect(
      edgesCsv([
        { id: 'OVERLAPS:mission:a->mission:b', source: 'mission:a', target: 'mission:b', type: 'OVERLAPS', attributes: [{ key: 'score', value: '0.75' }] },
      ]),
    ).toBe('id,source,target,type,score\r\nOVERLAPS:mission:a->mission:b,mission:a,mission:b,OVERLAPS,0.75\r\n');
  });

  it('writes only the header for no rows', () => {
    expect(edgesCsv([])).toBe('id,source,target,type\r\n');
  });
});
