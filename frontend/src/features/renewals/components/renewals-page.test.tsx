import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { calendarPath, RenewalsPage } from './renewals-page';

afterEach(() => vi.unstubAllGlobals());

const kosovo = { code: 'XKX', name: 'Kosovo' };
const eulex = { id: 'eulex-kosovo', acronym: 'EULEX Kosovo', name: 'European Union Rule of Law Mission in Kosovo' };
const unmik = { __typename: 'Mission', id: 'unmik', acronym: 'UNMIK', name: 'UN Interim Administration Mission in Kosovo' };
// What the API answers for Kosovo in June 2010 (server/renewals_test.go), with one cell made to
// depend on the mandate alone.
const answer = {
  data: {
    mandateRenewals: [
      {
        expires: '2010-06-14',
        mandate: { id: 'cja-2008-124-cfsp', reference: 'Council Joint Action 2008/124/CFSP', body: { id: 'eu-council', name: 'Council of the European Union', acronym: null } },
        missions: [eulex],
        functions: [
          { code: 'JUSTICE', name: 'Justice' },
          { code: 'CORRECTIONS', name: 'Corrections' },
        ],
        cells: [
          { country: kosovo, function: { code: 'JUSTICE', name: 'Justice' }, mission: eulex, keptByMission: false, dependsOnItAlone: false, others: [{ subject: unmik, until: null }] },
          { country: kosovo, function: { code: 'CORRECTIONS', name: 'Corrections' }, mission: eulex, keptByMission: false, dependsOnItAlone: true, others: [] },
        ],
      },
    ],
  },
};

describe('RenewalsPage', () => {
  it('lists the expiring mandates with what depends on them, and links the calendar', async () => {
    const fetch = mockFetchByOperation({ MandateRenewals: answer });
    render(
      <MemoryRouter initialEntries={['/renewals?from=2010-06-01&to=2010-06-30&country=xkx']}>
        <RenewalsPage />
      </MemoryRouter>,
    );
    expect(await screen.findByText(/1 mandate expires; 1 leaves a function with nobody else/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '2010-06-14: Council Joint Action 2008/124/CFSP' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('KosovoJusticeEULEX KosovoAlso covered by UNMIK');
    expect(rows[2]).toHaveTextContent('Depends on it alone');
    expect(operations(fetch)[0].variables).toEqual({ from: '2010-06-01', to: '2010-06-30', country: 'XKX' });
    expect(screen.getByRole('link', { name: 'Download this calendar (.ics)' })).toHaveAttribute(
      'href',
      '/calendar/mandate-renewals.ics?from=2010-06-01&to=2010-06-30&country=XKX',
    );
  });

  it('says what a country code is before asking', async () => {
    const fetch = mockFetchByOperation({ MandateRenewals: answer });
    render(
      <MemoryRouter initialEntries={['/renewals?from=2010-06-01&to=2010-06-30']}>
        <RenewalsPage />
      </MemoryRouter>,
    );
    await screen.findByText(/1 mandate expires/);
    await userEvent.type(screen.getByLabelText('Country (ISO code)'), 'XK');
    expect(screen.getByRole('alert')).toHaveTextContent('three-letter ISO code');
    expect(operations(fetch).every((o) => o.variables.country !== 'XK')).toBe(true);
  });

  it('builds the calendar address', () => {
    expect(calendarPath('', '2026-01-01', '2026-12-31')).toBe('/calendar/mandate-renewals.ics?from=2026-01-01&to=2026-12-31');
  });
});
