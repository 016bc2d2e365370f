import { describe, expect, it } from 'vitest';
import { ApiError } from '@/lib/graphql-client';
import { conflictRows, describeValue, fieldLabel, isVersionConflict, reapply } from './conflict';

type V = { id: string; name: string; end: string; countries: string[]; confidential: boolean };

const read: V = { id: 'm', name: 'Old name', end: '', countries: ['XKX'], confidential: false };
const theirs: V = { ...read, end: '2020-01-01', countries: ['XKX', 'SRB'] };
const yours: V = { ...read, name: 'New name', end: '2019-12-31' };

describe('conflictRows', () => {
  it('lists the fields where the record now and the form differ, marking those the user changed', () => {
    expect(conflictRows(read, theirs, yours, { end: 'End' })).toEqual([
      { field: 'name', label: 'Name', theirs: 'Old name', yours: 'New name', youChanged: true },
      { field: 'end', label: 'End', theirs: '2020-01-01', yours: '2019-12-31', youChanged: true },
      { field: 'countries', label: 'Countries', theirs: 'XKX; SRB', yours: 'XKX', youChanged: false },
    ]);
  });

  it('is empty when the form already holds the record as it is now', () => {
    expect(conflictRows(read, theirs, theirs)).toEqual([]);
  });
});

describe('reapply', () => {
  it("keeps their changes and puts the user's on top", () => {
    expect(reapply(read, theirs, yours)).toEqual({ ...theirs, name: 'New name', end: '2019-12-31' });
  });
});

describe('describeValue', () => {
  it.each([
    ['', '—'],
    [null, '—'],
    [[], '—'],
    [true, 'yes'],
    [['a', 'b'], 'a; b'],
    [[{ country: 'XKX', from: '2008-12-09', to: '' }], 'XKX · 2008-12-09'],
    ['two\nlines', 'two ⏎ lines'],
  ])('%j → %s', (v, want) => {
    expect(describeValue(v)).toBe(want);
  });
});

describe('fieldLabel', () => {
  it.each([
    ['succeeds', undefined, 'Succeeds'],
    ['startDate', undefined, 'Start date'],
    ['lead', { lead: 'Lead organisation' }, 'Lead organisation'],
  ])('%s → %s', (key, labels, want) => {
    expect(fieldLabel(key, labels)).toBe(want);
  });
});

describe('isVersionConflict', () => {
  it.each([
    [new ApiError({ message: 'changed', code: 'CONFLICT', field: 'version' }), true],
    [new ApiError({ message: 'taken', code: 'CONFLICT', field: 'input.id' }), false],
    [new ApiError({ message: 'no', code: 'FORBIDDEN' }), false],
    [new Error('x'), false],
  ])('%s → %s', (e, want) => {
    expect(isVersionConflict(e)).toBe(want);
  });
});
