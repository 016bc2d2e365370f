import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchByOperation } from '@/test/fetch-mock';
import { ActivityProfile } from './activity-profile';
import { ActorProfile } from './actor-profile';
import { MissionProfile } from './mission-profile';
import { ProfileTimeline, TIMELINE_PREVIEW } from './profile-parts';

afterEach(() => vi.unstubAllGlobals());

const un = { id: 'un', name: 'United Nations', acronym: 'UN' };
const deu = { id: 'deu', name: 'Germany', acronym: null };

const mission = {
  id: 'unmik',
  name: 'United Nations Interim Administration Mission in Kosovo',
  acronym: 'UNMIK',
  model: 'PEACEKEEPING',
  start: '1999-06-10',
  end: null,
  note: null,
  sources: ['https://unmik.unmissions.org/'],
  confidential: false,
  owner: { id: 'un' },
  lead: un,
  contributors: [{ role: 'police', personnel: 100, actor: deu }],
  mandates: [{ id: 'unscr-1244-1999', reference: 'UNSCR 1244 (1999)', adopted: '1999-06-10', expires: null, body: { id: 'unsc', name: 'UN Security Council', acronym: 'UNSC' } }],
  deployments: [{ from: '1999-06-10', to: null, country: { code: 'XKX', name: 'Kosovo' } }],
  functions: [{ code: 'JUSTICE', name: 'Justice' }],
  predecessors: [],
  successors: [{ id: 'unmik-2', name: 'A successor', acronym: 'UNMIK II', model: 'MEDIATION', start: '2030-01-01', end: null }],
  lessons: [{ id: 'lesson-kosovo-sequencing', title: 'Sequencing in Kosovo', date: '2010-06-02' }],
};

const actor = {
  ...deu,
  kind: 'STATE',
  ref: 'DE-1',
  aliases: [],
  parent: null,
  parts: [{ id: 'deu-ffo', name: 'Federal Foreign Office', acronym: null }],
  missionsLed: [],
  contributions: [{ role: 'police', personnel: 100, mission: { id: 'eulex-kosovo', name: 'EU Rule of Law Mission in Kosovo', acronym: 'EULEX Kosovo', start: '2008-12-09', end: null } }],
  mandatesIssued: [],
  activitiesImplemented: [],
  funding: [{ amount: 500000, currency: 'EUR', year: 2010, activity: { id: 'TEST-XKX-0001', title: 'Court support', start: '2009-01-01', end: '2011-12-31' } }],
};

const activity = {
  id: 'XI-IATI-EC_FPI-2018/400-819',
  title: 'Providing stability in Libya through mediation',
  description: null,
  start: '2018-12-01',
  end: '2021-05-31',
  status: '2',
  source: 'iati',
  sectors: ['1:15220'],
  labels: [],
  admin1: [],
  admin2: [],
  confidential: false,
  owner: null,
  countries: [{ code: 'LBY', name: 'Libya' }],
  functions: [{ code: 'MEDIATION', name: 'Mediation' }],
  implementers: [{ id: 'undp', name: 'United Nations Development Programme', acronym: 'UNDP' }],
  unnamedImplementers: ['20000 Non-Governmental Organisation (NGO) and Civil Society'],
  funders: [{ amount: 3000000, currency: 'EUR', year: 2018, funder: { id: 'ec-fpi', name: 'EC Service for Foreign Policy Instruments', acronym: 'EC_FPI' } }],
  parent: null,
  children: [],
  fundedBy: [],
};

function renderIn(ui: React.ReactNode) {
  render(<MemoryRouter>{ui}</MemoryRouter>);
}

function section(name: RegExp) {
  return screen.getByRole('region', { name });
}

function linkIn(region: HTMLElement, name: string | RegExp) {
  return within(region).getByRole('link', { name });
}

describe('MissionProfile', () => {
  it('shows its lead, contributors, mandates, countries, hand-overs and timeline, names as links', async () => {
    mockFetchByOperation({ MissionProfile: { data: { mission } } });
    renderIn(<MissionProfile id="unmik" mayEdit={() => false} />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('UNMIK: United Nations Interim Administration Mission in Kosovo');
    expect(screen.getByRole('link', { name: 'United Nations' })).toHaveAttribute('href', '/actor/un');
    expect(linkIn(section(/Contributors/), 'Germany')).toHaveAttribute('href', '/actor/deu');
    expect(section(/Mandates/)).toHaveTextContent('UNSCR 1244 (1999) by UNSC, 1999-06-10 – no expiry');
    expect(linkIn(section(/Countries/), 'Kosovo')).toHaveAttribute('href', '/country/XKX');
    expect(linkIn(section(/Handed over to/), 'UNMIK II')).toHaveAttribute('href', '/mission/unmik-2');
    expect(section(/Lessons learned/)).toHaveTextContent('Sequencing in Kosovo');
    const events = within(section(/Timeline/)).getAllByRole('listitem').map((li) => li.textContent);
    expect(events).toEqual([
      '1999-06-10 mission starts',
      '1999-06-10 mandate adopted: UNSCR 1244 (1999)',
      '1999-06-10 deployed in: Kosovo',
      '2010-06-02 lesson learned: Sequencing in Kosovo',
      '2030-01-01 successor starts: UNMIK II',
    ]);
    const views = screen.getByRole('navigation', { name: 'Other views' });
    expect(within(views).getByRole('link', { name: 'Show in the network' })).toHaveAttribute('href', '/network?focus=mission%3Aunmik&depth=2');
    expect(within(views).queryByRole('link', { name: /Edit/ })).toBeNull();
  });

  it('links to the editor for those who may change it, and says when there is no such mission', async () => {
    mockFetchByOperation({ MissionProfile: (v) => ({ data: { mission: v.id === 'unmik' ? mission : null } }) });
    renderIn(<MissionProfile id="unmik" mayEdit={(owner) => owner === 'un'} />);
    expect(await screen.findByRole('link', { name: 'Edit this mission' })).toHaveAttribute('href', '/edit/mission/unmik');
  });

  it('says when there is no such mission', async () => {
    mockFetchByOperation({ MissionProfile: { data: { mission: null } } });
    renderIn(<MissionProfile id="nothing" mayEdit={() => true} />);
    expect(await screen.findByRole('heading', { name: 'Mission not found' })).toBeInTheDocument();
  });
});

describe('ActorProfile', () => {
  it('shows its parts, contributions and funding, with the funding audit and the network', async () => {
    mockFetchByOperation({ ActorProfile: { data: { actor } } });
    renderIn(<ActorProfile id="deu" />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Germany');
    expect(linkIn(section(/^Parts/), 'Federal Foreign Office')).toHaveAttribute('href', '/actor/deu-ffo');
    expect(linkIn(section(/Contributions to missions/), 'EULEX Kosovo')).toHaveAttribute('href', '/mission/eulex-kosovo');
    const funded = section(/Activities funded/);
    expect(linkIn(funded, 'Court support')).toHaveAttribute('href', '/activity/TEST-XKX-0001');
    expect(funded).toHaveTextContent('500,000 EUR in 2010');
    expect(screen.queryByRole('region', { name: /Missions led/ })).toBeNull();
    const events = within(section(/Timeline/)).getAllByRole('listitem').map((li) => li.textContent);
    expect(events).toEqual(['2008-12-09 contributes to: EULEX Kosovo', '2010 funds: Court support']);
    const views = screen.getByRole('navigation', { name: 'Other views' });
    expect(within(views).getByRole('link', { name: 'Funding audit' })).toHaveAttribute('href', '/audit?org=deu');
    expect(within(views).getByRole('link', { name: 'Show in the network' })).toHaveAttribute('href', '/network?focus=actor%3Adeu&depth=2');
  });
});

describe('ActivityProfile', () => {
  it('shows its implementers (named or not), funders, countries, functions, sectors and status', async () => {
    mockFetchByOperation({ ActivityProfile: { data: { activity } } });
    renderIn(<ActivityProfile id={activity.id} mayEdit={() => false} />);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Providing stability in Libya through mediation');
    const implementers = section(/Implementers/);
    expect(linkIn(implementers, 'United Nations Development Programme')).toHaveAttribute('href', '/actor/undp');
    expect(implementers).toHaveTextContent('20000 Non-Governmental Organisation (NGO) and Civil Society (a category, not a named organisation)');
    expect(linkIn(section(/Funders/), 'EC Service for Foreign Policy Instruments')).toHaveAttribute('href', '/actor/ec-fpi');
    expect(screen.getByRole('link', { name: 'Libya' })).toHaveAttribute('href', '/country/LBY');
    expect(screen.getByText('IATI identifier')).toBeInTheDocument();
    expect(screen.getByText('Implementation (2)')).toBeInTheDocument();
    expect(screen.getByText('1:15220')).toBeInTheDocument();
    expect(screen.getByText('Mediation')).toBeInTheDocument();
    const events = within(section(/Timeline/)).getAllByRole('listitem').map((li) => li.textContent);
    expect(events).toEqual(['2018 funding of 3,000,000 EUR: EC_FPI', '2018-12-01 activity starts', '2021-05-31 activity ends']);
    expect(screen.getByRole('link', { name: 'Show in the network' })).toHaveAttribute(
      'href',
      '/network?focus=activity%3AXI-IATI-EC_FPI-2018%2F400-819&depth=2',
    );
  });
});

describe('ProfileTimeline', () => {
  it('shows the first events of a long timeline until asked for all', async () => {
    const events = Array.from({ length: TIMELINE_PREVIEW + 5 }, (_, i) => ({ date: `${1950 + i}`, what: `event ${i}` }));
    renderIn(<ProfileTimeline events={events} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(TIMELINE_PREVIEW);
    await userEvent.click(screen.getByRole('button', { name: `Show all ${TIMELINE_PREVIEW + 5} events` }));
    expect(screen.getAllByRole('listitem')).toHaveLength(TIMELINE_PREVIEW + 5);
  });
});
