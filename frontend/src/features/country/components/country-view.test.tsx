import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CountryView, sameDayIn } from './country-view';

afterEach(() => vi.unstubAllGlobals());

/** A fetch that answers each operation by its name. */
function routeFetch(answers: Record<string, unknown>) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: unknown, init?: RequestInit) => {
      const { query } = JSON.parse(init?.body as string) as { query: string };
      const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      return new Response(JSON.stringify(answers[name]), { status: 200 });
    }),
  );
}

describe('CountryView', () => {
  it('shows loading, then the timeline, empty states and per-section errors', async () => {
    routeFetch({
      CountryMissions: {
        data: {
          country: {
            code: 'XKX',
            name: 'Kosovo',
            missions: [
              { id: 'eulex', name: 'EU Rule of Law Mission', acronym: 'EULEX', start: '2008-02-16', end: null, model: 'MONITORING' },
              { id: 'unmik', name: 'UN Interim Administration Mission', acronym: 'UNMIK', start: '1999-06-10', end: null, model: 'PEACEKEEPING' },
            ],
          },
        },
      },
      Coverage: { errors: [{ message: 'coverage is unavailable', extensions: { code: 'UNAVAILABLE' } }] },
      Overlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      WhoWhatWhere: { data: { whoWhatWhere: { undated: 0, rows: [] } } },
      GapFillers: { data: { gapFillers: [] } },
      Capacity: { data: { capacity: [] } },
    });
    render(<CountryView code="XKX" at="2010-07-01" onAtChange={() => {}} />, { wrapper: MemoryRouter });
    expect(screen.getByText('Loading coverage…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Kosovo' })).toBeInTheDocument();
    const items = (await screen.findAllByRole('listitem')).map((li) => li.textContent);
    expect(items[0]).toMatch(/^1999-06-10 – ongoing UNMIK/);
    expect(items[1]).toMatch(/^2008-02-16 – ongoing EULEX/);
    expect(await screen.findByRole('alert')).toHaveTextContent('coverage is unavailable');
    expect(screen.getByText(/No overlapping missions/)).toBeInTheDocument();
    expect(await screen.findByText('No activities here on that day.')).toBeInTheDocument();
    expect(await screen.findByText(/No gaps on that day/)).toBeInTheDocument();
  });

  it('says when the country does not exist', async () => {
    routeFetch({
      CountryMissions: { data: { country: null } },
      Coverage: { errors: [{ message: 'no such country', extensions: { code: 'NOT_FOUND', field: 'country' } }] },
      Overlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      WhoWhatWhere: { errors: [{ message: 'unknown country "ZZZ"', extensions: { code: 'BAD_USER_INPUT', field: 'country' } }] },
      GapFillers: { errors: [{ message: 'unknown country "ZZZ"', extensions: { code: 'BAD_USER_INPUT', field: 'country' } }] },
      Capacity: { errors: [{ message: 'unknown country "ZZZ"', extensions: { code: 'BAD_USER_INPUT', field: 'country' } }] },
    });
    render(<CountryView code="ZZZ" at="2010-07-01" onAtChange={() => {}} />, { wrapper: MemoryRouter });
    expect(await screen.findByText('There is no country with the code ZZZ.')).toBeInTheDocument();
  });
});

describe('sameDayIn', () => {
  it('keeps the day of the year, and 29 February only in leap years', () => {
    expect(sameDayIn(2008, '2010-07-01')).toBe('2008-07-01');
    expect(sameDayIn(2023, '2024-02-29')).toBe('2023-02-28');
    expect(sameDayIn(2000, '2024-02-29')).toBe('2000-02-29');
  });
});
