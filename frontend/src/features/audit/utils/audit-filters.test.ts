import { describe, expect, it } from 'vitest';
import { courtSupport, policeTraining } from '../testing/fixtures';
import { countriesToSearch, matchesFilters, NO_FILTERS } from './audit-filters';

describe('audit filters', () => {
  it.each([
    ['no filter', NO_FILTERS, ['act-1', 'act-2']],
    ['a country both work in', { country: 'MLI', function: null }, ['act-1', 'act-2']],
    ['a country one works in', { country: 'NER', function: null }, ['act-2']],
    ['a function', { country: null, function: 'JUSTICE' as const }, ['act-1']],
    ['a parent function keeps its children', { country: null, function: 'RULE_OF_LAW' as const }, ['act-1', 'act-2']],
    ['both', { country: 'NER', function: 'JUSTICE' as const }, []],
  ])('%s', (_, filters, ids) => {
    expect([courtSupport, policeTraining].filter((a) => matchesFilters(a, filters)).map((a) => a.id)).toEqual(ids);
  });

  it('searches only the country filtered on', () => {
    expect(countriesToSearch(['MLI', 'NER'], NO_FILTERS)).toEqual(['MLI', 'NER']);
    expect(countriesToSearch(['MLI', 'NER'], { country: 'NER', function: null })).toEqual(['NER']);
    expect(countriesToSearch(['MLI'], { country: 'NER', function: null })).toEqual([]);
  });
});
