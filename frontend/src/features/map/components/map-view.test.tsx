import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { MEASURE_INFO, shadeFor, type Measure } from '../utils/shading';
import { MapView } from './map-view';

const answers = {
  MissionsAt: {
    data: {
      missions: {
        totalCount: 2,
        edges: [
          { node: { id: 'unmik', deployments: [{ country: { code: 'XKX', name: 'Kosovo' }, from: '1999-06-10', to: null }] } },
          { node: { id: 'eubam', deployments: [{ country: { code: 'MLT', name: 'Malta' }, from: '2005-01-01', to: null }] } },
        ],
      },
    },
  },
  CountrySummaries: {
    data: {
      countrySummaries: [
        { country: { code: 'XKX', name: 'Kosovo' }, missions: 4, engagements: 12, overlaps: 3, undated: 0 },
        { country: { code: 'MLI', name: 'Mali' }, missions: 1, engagements: 2, overlaps: 0, undated: 0 },
        { country: { code: 'AFG', name: 'Afghanistan' }, missions: 0, engagements: 0, overlaps: 0, undated: 2567 },
      ],
    },
  },
};

function Harness() {
  const [measure, setMeasure] = useState<Measure>('missions');
  const [labels, setLabels] = useState(false);
  return (
    <MemoryRouter>
      <MapView
        year={2010}
        measure={measure}
        labels={labels}
        onLabelsChange={setLabels}
        onYearChange={() => {}}
        onMeasureChange={setMeasure}
        onSelectCountry={() => {}}
        countryHref={(code, day) => `/country/${code}?at=${day}`}
      />
    </MemoryRouter>
  );
}

const countryTable = () => screen.getByRole('table', { name: /^Countries and their/ });

// The world map draws 170-odd countries and the table as many rows: slow on a busy machine.
const LOAD = { timeout: 8000 };
const SLOW = 20_000;

describe('MapView', () => {
  it('shades by missions, then by engagements and overlapping pairs counted by the API', async () => {
    const fetch = mockFetchByOperation(answers);
    render(<Harness />);
    expect(await screen.findByText('2 missions active on 2010-07-01.', {}, LOAD)).toHaveRole('status');
    expect(screen.getByRole('link', { name: 'Kosovo: 1 mission' })).toHaveAttribute('fill', shadeFor(1));

    await userEvent.selectOptions(screen.getByLabelText('Shade countries by'), 'engagements');
    const kosovo = await screen.findByRole('link', { name: 'Kosovo: 12 engagements' }, LOAD);
    expect(kosovo).toHaveAttribute('fill', shadeFor(12, MEASURE_INFO.engagements.steps));
    expect(screen.getByRole('status')).toHaveTextContent('14 engagements in 2 countries on 2010-07-01. 2567 records without dates left out.');
    expect(within(screen.getByRole('list', { name: /^Legend: engagements of actors/ })).getAllByRole('listitem')).toHaveLength(6);

    await userEvent.selectOptions(screen.getByLabelText('Shade countries by'), 'overlaps');
    expect(await screen.findByRole('link', { name: 'Kosovo: 3 overlapping pairs' }, LOAD)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Mali: no overlapping pairs' })).toHaveAttribute('fill', shadeFor(0));
    expect(operations(fetch).map((o) => o.name)).toContain('CountrySummaries');
    expect(operations(fetch).find((o) => o.name === 'CountrySummaries')?.variables).toEqual({ date: '2010-07-01', labels: false });

    // Pairs that share only a sector label, on request.
    await userEvent.click(screen.getByRole('checkbox', { name: /share only a sector label/ }));
    await screen.findByRole('link', { name: 'Kosovo: 3 overlapping pairs' }, LOAD);
    expect(operations(fetch).filter((o) => o.name === 'CountrySummaries').at(-1)?.variables).toEqual({ date: '2010-07-01', labels: true });
  }, SLOW);

  it('says what Concord is, and titles the legend with what the colour measures, the day and the unit', async () => {
    mockFetchByOperation(answers);
    render(<Harness />);
    expect(screen.getByText(/^Concord shows who does what, where and when in peace operations and rule-of-law support/)).toBeInTheDocument();
    expect(screen.getByText('Missions present on 1 July 2010')).toBeInTheDocument();
    expect(screen.getByText('(missions per country)')).toBeInTheDocument();
    await userEvent.selectOptions(screen.getByLabelText('Shade countries by'), 'overlaps');
    expect(screen.getByText('Overlapping pairs of engagements on 1 July 2010')).toBeInTheDocument();
    expect(screen.getByText('(pairs per country)')).toBeInTheDocument();
  }, SLOW);

  it('lists the countries beside the map with the same counts, most first, including those too small to draw', async () => {
    mockFetchByOperation(answers);
    render(<Harness />);
    await screen.findByText('2 missions active on 2010-07-01.', {}, LOAD);
    const rows = within(countryTable()).getAllByRole('row');
    expect(rows[0]).toHaveTextContent(/Country.*ISO.*Missions present/);
    expect(rows.slice(1, 3).map((r) => r.textContent)).toEqual(['KosovoXKX1', 'Maltatoo small to draw on the mapMLT1']);
    expect(within(countryTable()).getByRole('link', { name: 'Kosovo' })).toHaveAttribute('href', '/country/XKX?at=2010-07-01');
  }, SLOW);

  it('skips from the top of the page to the table’s filter, where typing reaches Kosovo in a few Tab presses', async () => {
    mockFetchByOperation(answers);
    render(<Harness />);
    await screen.findByText('2 missions active on 2010-07-01.', {}, LOAD);
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Skip to the country table' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    expect(screen.getByRole('searchbox', { name: 'Filter by name or ISO code' })).toHaveFocus();
    await userEvent.keyboard('kos');
    // The three sort buttons, then the first (only) country.
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    expect(screen.getByRole('link', { name: 'Kosovo' })).toHaveFocus();
  }, SLOW);
});
