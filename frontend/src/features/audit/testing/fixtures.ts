// Typed sample answers of the audit's queries, shared by its tests.
import type { Overlap } from '../api/country-overlaps';
import type { Fragmentation } from '../api/fragmentation';
import type { FundedActivity } from '../api/funded-activities';
import type { FundingTotals } from '../api/funding-totals';

const uk = { id: 'uk', name: 'United Kingdom', acronym: 'UK' as string | null };
const de = { id: 'de', name: 'Germany', acronym: null as string | null };
const undp = { id: 'undp', name: 'UN Development Programme', acronym: 'UNDP' };
const un = { id: 'un', name: 'United Nations', acronym: 'UN' };
const eu = { id: 'eu', name: 'European Union', acronym: 'EU' };
const mali = { code: 'MLI', name: 'Mali' };
const niger = { code: 'NER', name: 'Niger' };
const ruleOfLaw = { code: 'RULE_OF_LAW' as const };
const justice = { code: 'JUSTICE' as const, name: 'Justice', parent: ruleOfLaw };
const police = { code: 'POLICE' as const, name: 'Police', parent: ruleOfLaw };

export const courtSupport: FundedActivity = {
  id: 'act-1',
  title: 'Court support',
  start: '2019-01-01',
  end: '2021-12-31',
  status: '2',
  countries: [mali],
  regions: [],
  functions: [justice],
  implementers: [undp],
  funders: [
    { funder: uk, amount: 600, currency: 'USD', year: 2020 },
    { funder: de, amount: 300, currency: 'USD', year: 2020 },
  ],
};

export const policeTraining: FundedActivity = {
  id: 'act-2',
  title: '=Police, "training"',
  start: '2022-01-01',
  end: null,
  status: null,
  countries: [mali, niger],
  regions: [],
  functions: [police],
  implementers: [],
  funders: [{ funder: uk, amount: null, currency: null, year: null }],
};

const activitySide = (id: string, title: string, actors: (typeof uk)[]): Overlap['a'] => ({
  subject: { __typename: 'Activity', id, title },
  actors,
});
const missionSide = (id: string, acronym: string, actors: (typeof uk)[]): Overlap['a'] => ({
  subject: { __typename: 'Mission', id, acronym, name: acronym },
  actors,
});

const overlap = (a: Overlap['a'], b: Overlap['b'], score: number): Overlap => ({
  country: mali,
  score,
  explanation: `score ${score}`,
  from: '2020-01-01',
  to: '2020-12-31',
  sharedFunctions: [justice],
  a,
  b,
});

/** In Mali: one pair with another organisation's activity, one with nothing of the UK's, one of two UK activities, one with a mission the UK contributes to. */
export const maliOverlaps: Overlap[] = [
  overlap(activitySide('act-9', 'EU justice programme', [eu]), activitySide('act-1', 'Court support', [undp, uk, de]), 0.8),
  overlap(missionSide('minusma', 'MINUSMA', [un]), activitySide('act-9', 'EU justice programme', [eu]), 0.7),
  overlap(activitySide('act-1', 'Court support', [undp, uk]), activitySide('act-2', 'Police training', [uk]), 0.5),
  overlap(missionSide('eutm', 'EUTM Mali', [eu, uk]), activitySide('act-8', 'Prison reform', [un]), 0.6),
];

export const maliJustice2020: Fragmentation = {
  country: mali,
  function: justice,
  year: 2020,
  funders: 2,
  implementers: 1,
  currency: 'USD',
  total: 900,
  hhi: 0.5555555,
  shares: [
    { actor: uk, amount: 600, share: 0.6666666 },
    { actor: de, amount: 300, share: 0.3333333 },
  ],
  passedOn: [{ funder: undp, from: { id: 'act-1', title: 'Court support' }, to: { id: 'act-7', title: 'Legal aid' }, amount: 200, currency: 'USD' }],
  notes: ['500 EUR left out: not in USD'],
};

/** The UK's totals, every year: EUR and GBP kept apart, a regional activity with no country. */
export const ukTotals: FundingTotals = {
  activities: 3,
  fundings: 4,
  unknownAmounts: 1,
  total: [
    { currency: 'EUR', amount: 1500 },
    { currency: 'GBP', amount: 600 },
  ],
  byYear: [
    { year: 2021, activities: 1, amounts: [{ currency: 'EUR', amount: 1500 }] },
    { year: 2020, activities: 1, amounts: [{ currency: 'GBP', amount: 600 }] },
    { year: null, activities: 1, amounts: [] },
  ],
  byCountry: [
    { country: mali, activities: 2, amounts: [{ currency: 'GBP', amount: 600 }] },
    { country: niger, activities: 1, amounts: [] },
    { country: null, activities: 1, amounts: [{ currency: 'EUR', amount: 1500 }] },
  ],
  byFunction: [
    { function: { code: 'JUSTICE', name: 'Justice' }, activities: 2, amounts: [{ currency: 'EUR', amount: 1500 }, { currency: 'GBP', amount: 600 }] },
    { function: { code: 'POLICE', name: 'Police' }, activities: 1, amounts: [] },
  ],
  byCountryFunction: [
    { country: mali, function: { code: 'JUSTICE', name: 'Justice' }, activities: 1 },
    { country: mali, function: { code: 'POLICE', name: 'Police' }, activities: 1 },
    { country: niger, function: { code: 'POLICE', name: 'Police' }, activities: 1 },
  ],
};

/** A regional activity (IATI recipient-region, no country), in pipeline. */
export const regionalDialogue: FundedActivity = {
  id: 'act-3',
  title: 'Regional dialogue',
  start: '2021-01-01',
  end: '2021-12-31',
  status: '1',
  countries: [],
  regions: [{ vocabulary: '1', code: '298', name: 'Africa, regional' }],
  functions: [justice],
  implementers: [],
  funders: [{ funder: uk, amount: 1500, currency: 'EUR', year: 2021 }],
};
