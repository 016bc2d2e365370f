import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchByOperation } from '@/test/fetch-mock';
import { SearchPage } from './search-page';

afterEach(() => vi.unstubAllGlobals());

describe('SearchPage', () => {
  it('lists every kind that matches, each name a link to its page, with how many there are', async () => {
    mockFetchByOperation({
      RecordSearch: {
        data: {
          missions: { totalCount: 0, edges: [] },
          actors: { totalCount: 1, edges: [{ node: { id: 'eu', name: 'European Union', acronym: 'EU', kind: 'REGIONAL_ORGANISATION' } }] },
          activities: {
            totalCount: 1,
            edges: [{ node: { id: 'XI-IATI-EC_FPI-2018/400-819', title: 'Providing stability in Libya through mediation', start: '2018-12-01', end: null } }],
          },
        },
      },
      LessonSearch: { data: { searchLessons: [] } },
      CountryNames: { data: { countries: { edges: [] } } },
    });
    render(
      <MemoryRouter>
        <SearchPage text="eu" />
      </MemoryRouter>,
    );
    const actors = await screen.findByRole('region', { name: /Actors/ });
    expect(within(actors).getByRole('link', { name: 'EU' })).toHaveAttribute('href', '/actor/eu');
    const activities = screen.getByRole('region', { name: /Activities/ });
    expect(within(activities).getByRole('link')).toHaveAttribute('href', '/activity/XI-IATI-EC_FPI-2018%2F400-819');
    expect(screen.getByRole('status')).toHaveTextContent('Actors: 1, Activities: 1');
    expect(screen.queryByRole('region', { name: /Missions/ })).toBeNull();
  });

  it('asks for more text than one character, without asking the API', () => {
    const fetch = mockFetchByOperation({});
    render(
      <MemoryRouter>
        <SearchPage text="e" />
      </MemoryRouter>,
    );
    expect(screen.getByText(/Type at least 2 characters/)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
