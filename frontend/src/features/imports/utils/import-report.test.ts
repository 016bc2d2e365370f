import { describe, expect, it } from 'vitest';
import { datasetReport, differences, fileReport, formatOfFile } from './import-report';

const file = { read: 10, created: 7, updated: 1, unchanged: 2, skipped: 3, actorsCreated: 4, reasons: [{ reason: 'no title', count: 3 }] };

describe('fileReport', () => {
  it('puts activities and new organisations in rows, with what was read and skipped', () => {
    expect(fileReport(file)).toEqual({
      rows: [
        { kind: 'activities', created: 7, updated: 1, unchanged: 2 },
        { kind: 'organisations', created: 4, updated: 0, unchanged: 0 },
      ],
      read: 10,
      skipped: 3,
      reasons: [{ reason: 'no title', count: 3 }],
    });
  });
});

describe('datasetReport', () => {
  it('names the kinds', () => {
    const r = datasetReport({ created: 1, updated: 0, unchanged: 0, counts: [{ kind: 'mission', created: 1, updated: 0, unchanged: 0 }] });
    expect(r.rows).toEqual([{ kind: 'missions', created: 1, updated: 0, unchanged: 0 }]);
  });
});

describe('differences', () => {
  it('is empty when the import did what the preview said', () => {
    expect(differences(fileReport(file), fileReport(file))).toEqual([]);
  });
  it('names each count that differs', () => {
    expect(differences(fileReport(file), fileReport({ ...file, created: 6, unchanged: 3 }))).toEqual([
      'activities created: previewed 7, done 6',
      'activities unchanged: previewed 2, done 3',
    ]);
  });
});

describe('formatOfFile', () => {
  it.each([
    ['activities.XML', 'iati'],
    ['3w.csv', 'hxl'],
    ['seed.json', 'dataset'],
    ['notes.txt', undefined],
  ])('%s → %s', (name, want) => {
    expect(formatOfFile(name)).toBe(want);
  });
});
