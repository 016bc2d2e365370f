// Typed sample records of the editors' queries, shared by their tests.
import type { ActivityRecord } from '../utils/activity-values';
import type { MissionRecord } from '../utils/mission-values';
import type { LessonRecord } from '../utils/lesson-values';

export const eulex: MissionRecord = {
  id: 'eulex',
  version: 3,
  name: 'EU Rule of Law Mission in Kosovo',
  acronym: 'EULEX',
  model: 'MONITORING',
  start: '2008-02-16',
  end: null,
  lead: { id: 'eu' },
  deployments: [{ country: { code: 'XKX' }, from: '2008-12-09', to: null }],
  contributors: [{ actor: { id: 'de' }, role: 'police', personnel: 120 }],
  mandates: [{ id: 'ja-2008-124' }],
  predecessors: [],
  clusters: [],
  sources: ['https://www.eulex-kosovo.eu'],
  note: null,
  confidential: false,
  owner: { id: 'eu', name: 'European Union' },
};

export const lesson: LessonRecord = {
  id: 'lesson-1',
  version: 1,
  title: 'Co-locate police advisers',
  text: 'Advisers in the same building as their counterparts were consulted more.',
  date: '2012-05-01',
  author: { id: 'eu', name: 'European Union' },
  confidential: false,
  sources: [],
  missions: [{ id: 'eulex' }],
  countries: [{ code: 'XKX' }],
  functions: [{ code: 'POLICE' }],
};

/** An IATI activity: its id holds slashes. */
export const courtSupport: ActivityRecord = {
  id: 'XM-DAC-41114-PROJECT/00123',
  version: 2,
  title: 'Court support',
  description: null,
  start: '2019-01-01',
  end: '2021-12-31',
  countries: [{ code: 'MLI' }],
  functions: [{ code: 'JUSTICE' }],
  implementers: [{ id: 'undp' }],
  funders: [{ funder: { id: 'uk' }, amount: 600, currency: 'USD', year: 2020 }],
  confidential: false,
  owner: { id: 'undp', name: 'UNDP' },
};
