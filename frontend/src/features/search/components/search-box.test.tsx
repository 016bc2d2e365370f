import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { SearchBox } from './search-box';

afterEach(() => vi.unstubAllGlobals());

const empty = { totalCount: 0, edges: [] };

function answers() {
  return {
    RecordSearch: (v: Record<string, unknown>) => ({
      data: {
        missions:
          String(v.text).toLowerCase() === 'unmik'
            ? {
                totalCount: 1,
                edges: [{ node: { id: 'unmik', name: 'United Nations Interim Administration Mission in Kosovo', acronym: 'UNMIK', start: '1999-06-10', end: null } }],
              }
            : empty,
        actors: empty,
        activities: empty,
      },
    }),
    LessonSearch: {
      data: {
        searchLessons: [
          { lesson: { id: 'lesson-kosovo-sequencing', title: 'Sequencing in Kosovo', date: '2010-06-02', missions: [{ id: 'unmik' }], countries: [{ code: 'XKX' }] } },
        ],
      },
    },
    CountryNames: { data: { countries: { edges: [{ node: { code: 'XKX', alpha2: 'XK', name: 'Kosovo' } }] } } },
  };
}

function Where() {
  const l = useLocation();
  return <p data-testid="where">{l.pathname + l.search + l.hash}</p>;
}

function renderBox() {
  render(
    <MemoryRouter initialEntries={['/']}>
      <SearchBox />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.getByRole('combobox', { name: /search missions, actors/i });
}

async function typeAndWait(box: HTMLElement, text: string) {
  await userEvent.type(box, text);
  return screen.findByRole('option', { name: /All results for/ });
}

describe('SearchBox', () => {
  it('suggests matches grouped by kind after a pause in typing, one record search per pause', async () => {
    const fetch = mockFetchByOperation(answers());
    const box = renderBox();
    await typeAndWait(box, 'UNMIK');
    await screen.findByRole('group', { name: 'Missions' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(within(screen.getByRole('group', { name: 'Missions' })).getByRole('option')).toHaveTextContent('UNMIK');
    expect(within(screen.getByRole('group', { name: 'Lessons' })).getByRole('option')).toHaveTextContent('Sequencing in Kosovo');
    expect(operations(fetch).filter((o) => o.name === 'RecordSearch').map((o) => o.variables.text)).toEqual(['UNMIK']);
  });

  it('moves through the options with the arrow keys, wrapping, and opens the active one with Enter', async () => {
    mockFetchByOperation(answers());
    const box = renderBox();
    await typeAndWait(box, 'unmik');
    await screen.findByRole('group', { name: 'Missions' });
    const options = screen.getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      expect.stringContaining('UNMIK'),
      expect.stringContaining('Sequencing in Kosovo'),
      'All results for “unmik”',
    ]);
    expect(box).not.toHaveAttribute('aria-activedescendant');

    const steps: [string, number][] = [
      ['{ArrowDown}', 0],
      ['{ArrowDown}', 1],
      ['{ArrowDown}', 2],
      ['{ArrowDown}', 0],
      ['{ArrowUp}', 2],
      ['{ArrowUp}', 1],
      ['{ArrowUp}', 0],
    ];
    for (const [key, index] of steps) {
      await userEvent.keyboard(key);
      expect(box).toHaveAttribute('aria-activedescendant', options[index].id);
      expect(options[index]).toHaveAttribute('aria-selected', 'true');
      expect(options.filter((o) => o.getAttribute('aria-selected') === 'true')).toHaveLength(1);
    }
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('/mission/unmik');
    expect(box).toHaveValue('');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes with Escape, clears with a second Escape, and reopens with ArrowDown', async () => {
    mockFetchByOperation(answers());
    const box = renderBox();
    await typeAndWait(box, 'unmik');
    await userEvent.keyboard('{ArrowDown}{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    expect(screen.getByRole('listbox', { hidden: true })).not.toBeVisible();
    await userEvent.keyboard('{ArrowDown}');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', screen.getAllByRole('option')[0].id);
    await userEvent.keyboard('{Escape}{Escape}');
    expect(box).toHaveValue('');
  });

  it('opens the full results with Enter when no option is active, and a lesson on its mission page', async () => {
    mockFetchByOperation(answers());
    const box = renderBox();
    await typeAndWait(box, 'kosovo');
    await userEvent.keyboard('{Enter}');
    expect(screen.getByTestId('where')).toHaveTextContent('/search?q=kosovo');

    await typeAndWait(box, 'unmik');
    await userEvent.click(await screen.findByRole('option', { name: /Sequencing in Kosovo/ }));
    expect(screen.getByTestId('where')).toHaveTextContent('/mission/unmik#lessons');
  });

  it('matches countries by name and code in the browser', async () => {
    mockFetchByOperation(answers());
    const box = renderBox();
    await typeAndWait(box, 'xkx');
    const group = await screen.findByRole('group', { name: 'Countries' });
    expect(within(group).getByRole('option')).toHaveTextContent('Kosovo');
  });

  it('asks nothing for a single character', async () => {
    const fetch = mockFetchByOperation(answers());
    const box = renderBox();
    await userEvent.type(box, 'u{ArrowDown}');
    await act(() => new Promise((r) => setTimeout(r, 400)));
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(operations(fetch)).toEqual([]);
  });
});
