import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { countryPath, MapPage } from './map-page';
import { YEAR_SETTLE_MS } from './year-slider';

const noMissions = { data: { missions: { totalCount: 0, edges: [] } } };

// The world map draws 170-odd countries and the table as many rows: slow on a busy machine.
const LOAD = { timeout: 8000 };
const SLOW = 20_000;

describe('MapPage', () => {
  it('moves the year once per quick ArrowRight press, then reads the map of the last year only', async () => {
    const fetch = mockFetchByOperation({ MissionsAt: noMissions });
    const router = createMemoryRouter([{ path: '/', element: <MapPage /> }], { initialEntries: ['/?year=2010'] });
    const user = userEvent.setup({ delay: null });
    render(<RouterProvider router={router} />);
    await screen.findByText('No missions were active on that day.', {}, LOAD);

    screen.getByRole('slider').focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('slider')).toHaveValue('2015');
    // Nothing is asked for the years passed on the way; the address follows when the slider rests.
    expect(router.state.location.search).toBe('?year=2010');
    await waitFor(() => expect(router.state.location.search).toBe('?year=2015&by=missions'), { timeout: YEAR_SETTLE_MS * 5 });
    await waitFor(() => expect(operations(fetch).map((o) => o.variables.date)).toEqual(['2010-07-01', '2015-07-01']));
    expect(screen.getByRole('slider')).toHaveValue('2015');
  }, SLOW);
});

describe('countryPath', () => {
  it.each([
    ['XKX', '2010-07-01', false, '/country/XKX?at=2010-07-01'],
    ['XKX', '2010-07-01', true, '/country/XKX?at=2010-07-01&labels=1'],
  ])('%s on %s, labels %s: %s', (code, day, labels, want) => {
    expect(countryPath(code, day, labels)).toBe(want);
  });
});
