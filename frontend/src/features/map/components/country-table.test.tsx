import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CountryRow } from '../utils/country-rows';
import { CountryTable } from './country-table';

const rows: CountryRow[] = [
  { code: 'MLI', name: 'Mali', count: 2, onMap: true },
  { code: 'XKX', name: 'Kosovo', count: 4, onMap: true },
  { code: 'AFG', name: 'Afghanistan', count: 2, onMap: true },
  { code: 'FRA', name: 'France', count: 0, onMap: true },
];

function renderTable() {
  render(
    <MemoryRouter>
      <CountryTable rows={rows} measure="overlaps" day="2010-07-01" countryHref={(code) => `/country/${code}?at=2010-07-01`} />
    </MemoryRouter>,
  );
}

const codesInOrder = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0].textContent);

describe('CountryTable', () => {
  it('sorts by the header buttons and says how in aria-sort', async () => {
    renderTable();
    const header = (name: RegExp) => screen.getByRole('columnheader', { name });
    expect(codesInOrder()).toEqual(['XKX', 'AFG', 'MLI', 'FRA']);
    expect(header(/Overlapping pairs/)).toHaveAttribute('aria-sort', 'descending');
    expect(header(/Country/)).not.toHaveAttribute('aria-sort');

    const steps: [RegExp, string[], string][] = [
      [/Country/, ['AFG', 'FRA', 'XKX', 'MLI'], 'ascending'],
      [/Country/, ['MLI', 'XKX', 'FRA', 'AFG'], 'descending'],
      [/ISO/, ['AFG', 'FRA', 'MLI', 'XKX'], 'ascending'],
      [/Overlapping pairs/, ['XKX', 'AFG', 'MLI', 'FRA'], 'descending'],
      [/Overlapping pairs/, ['FRA', 'AFG', 'MLI', 'XKX'], 'ascending'],
    ];
    for (const [name, order, direction] of steps) {
      await userEvent.click(within(header(name)).getByRole('button'));
      expect(codesInOrder()).toEqual(order);
      expect(header(name)).toHaveAttribute('aria-sort', direction);
    }
  });

  it.each([
    ['kos', ['XKX'], '1 of 4 countries'],
    ['AF', ['AFG'], '1 of 4 countries'],
    ['a', ['AFG', 'MLI', 'FRA'], '3 of 4 countries'],
    ['zz', [], 'No country matches “zz”.'],
  ])('filters by name or ISO code: %j', async (filter, codes, summary) => {
    renderTable();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Filter by name or ISO code' }), filter);
    expect(codesInOrder()).toEqual(codes);
    expect(screen.getByText(summary)).toBeInTheDocument();
  });

  it('links each country to its page on the day', () => {
    renderTable();
    expect(screen.getByRole('link', { name: 'Kosovo' })).toHaveAttribute('href', '/country/XKX?at=2010-07-01');
  });
});
