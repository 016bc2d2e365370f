import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WhoWhatWhereQuery } from '@/gql/graphql';
import { areaName, WhoWhatWhere } from './who-what-where';

afterEach(() => vi.unstubAllGlobals());

const food = 'Operational Presence: Food Security & Agriculture';
const badakhshan = ['AF17', 'Badakhshan'];
// Lines as the API gives them for the Afghanistan 3W of 2024 Q1 (Badakhshan, lines 5020–5089).
const rows: WhoWhatWhereQuery['whoWhatWhere']['rows'] = [
  { actor: { id: 'fao', name: 'Food and Agriculture Organization', acronym: 'FAO' }, function: null, label: food, admin1: badakhshan, admin2: ['AF1701', 'AF1711', 'Fayzabad', 'Teshkan'], activities: 1 },
  { actor: { id: 'wfp', name: 'World Food Program', acronym: 'WFP' }, function: null, label: food, admin1: badakhshan, admin2: ['AF1701', 'Fayzabad'], activities: 1 },
  { actor: { id: 'unicef', name: 'UNICEF', acronym: null }, function: null, label: 'Operational Presence: Health', admin1: ['AF01', 'Kabul'], admin2: ['AF0101', 'Kabul'], activities: 2 },
  { actor: { id: 'eu', name: 'European Union', acronym: 'EU' }, function: { code: 'JUSTICE', name: 'Justice' }, label: null, admin1: [], admin2: [], activities: 1 },
];

describe('areaName', () => {
  it('names an area by name with its code, and no area as country-wide', () => {
    expect(areaName(badakhshan)).toBe('Badakhshan (AF17)');
    expect(areaName(['AF17'])).toBe('AF17');
    expect(areaName([])).toBe('Country-wide (no area named)');
  });
});

describe('WhoWhatWhere', () => {
  it('lists, filters and counts; labels are marked as mapping to no function; undated records are said apart', async () => {
    const user = userEvent.setup();
    render(<WhoWhatWhere country="AFG" at="2024-02-15" rows={rows} undated={3} />, { wrapper: MemoryRouter });
    expect(screen.getByRole('status')).toHaveTextContent('4 organisations, 5 activities. 3 activities without dates are not counted on this day.');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(5);
    expect(within(table).getAllByText(`${food} (maps to no function)`)).toHaveLength(2);
    expect(within(table).getByText('Fayzabad, Teshkan')).toBeInTheDocument();
    expect(within(table).getByText('Country-wide (no area named)')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('Area'), 'Badakhshan (AF17)');
    expect(screen.getByRole('status')).toHaveTextContent('2 organisations, 2 activities.');
    await user.type(screen.getByLabelText('Organisation'), 'wfp');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(2);
  });

  it('asks for the overlaps of a sector label in an area once both are chosen', async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify({ data: { overlaps: { totalCount: 0, edges: [] } } }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    render(<WhoWhatWhere country="AFG" at="2024-02-15" rows={rows} undated={0} />, { wrapper: MemoryRouter });
    await user.selectOptions(screen.getByLabelText('Sector'), `label:${food}`); // by value: the text holds an &
    expect(fetch).not.toHaveBeenCalled();
    await user.selectOptions(screen.getByLabelText('Area'), 'Badakhshan (AF17)');
    expect(await screen.findByRole('heading', { name: `Overlaps in Badakhshan (AF17) on ${food} (maps to no function)` })).toBeInTheDocument();
    expect(await screen.findByText(/No overlapping missions/)).toBeInTheDocument();
    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string) as { variables: Record<string, unknown> };
    expect(body.variables).toMatchObject({ country: 'AFG', at: '2024-02-15', label: food, admin1: 'AF17', function: null });
  });

  it("filters by district within the chosen area and asks for that district's overlaps", async () => {
    const fetch = vi.fn(async () =>
      new Response(JSON.stringify({ data: { overlaps: { totalCount: 0, edges: [] } } }), { status: 200 }),
    );
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup();
    render(<WhoWhatWhere country="AFG" at="2024-02-15" rows={rows} undated={0} />, { wrapper: MemoryRouter });
    await user.selectOptions(screen.getByLabelText('Area'), 'Badakhshan (AF17)');
    // The districts of Badakhshan's rows, by name: Kabul's are not offered.
    const districts = within(screen.getByLabelText('District')).getAllByRole('option').map((o) => o.textContent);
    expect(districts).toEqual(['All districts', 'Fayzabad', 'Teshkan']);
    await user.selectOptions(screen.getByLabelText('District'), 'Teshkan');
    expect(screen.getByRole('status')).toHaveTextContent('1 organisation, 1 activity.');
    await user.selectOptions(screen.getByLabelText('Sector'), `label:${food}`);
    expect(await screen.findByRole('heading', { name: `Overlaps in Teshkan, Badakhshan (AF17) on ${food} (maps to no function)` })).toBeInTheDocument();
    const body = JSON.parse((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].body as string) as { variables: Record<string, unknown> };
    expect(body.variables).toMatchObject({ admin1: 'AF17', admin2: 'Teshkan' });
    // A new area forgets the district.
    await user.selectOptions(screen.getByLabelText('Area'), '');
    expect(screen.getByLabelText('District')).toHaveValue('');
  });
});

