import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { WithdrawalImpact } from './withdrawal-impact';

afterEach(() => vi.unstubAllGlobals());

const kosovo = { code: 'XKX', name: 'Kosovo' };
const osceMik = { __typename: 'Mission', id: 'osce-mik', acronym: 'OSCE MiK', name: 'OSCE Mission in Kosovo' };
const osce = { id: 'osce', name: 'Organization for Security and Co-operation in Europe', acronym: 'OSCE' };
// What the API answers for UNMIK ending on 2008-06-15 (server/withdrawal_test.go), cut to two cells.
const unmikEnds = {
  data: {
    withdrawalImpact: {
      cells: [
        { country: kosovo, function: { code: 'JUSTICE', name: 'Justice' }, admin1: null, losesOnlyEngagement: false, lostLead: null, others: [{ subject: osceMik, actors: [osce], until: null, countryWide: false }] },
        { country: kosovo, function: { code: 'CORRECTIONS', name: 'Corrections' }, admin1: null, losesOnlyEngagement: true, lostLead: { id: 'un', name: 'United Nations', acronym: 'UN' }, others: [] },
      ],
      fundingWithoutImplementer: [],
    },
  },
};
const nothing = { data: { withdrawalImpact: { cells: [], fundingWithoutImplementer: [] } } };

describe('WithdrawalImpact', () => {
  it('shows what a mission ending would leave, and asks again for another day', async () => {
    const fetch = mockFetchByOperation({ WithdrawalImpact: (v: Record<string, unknown>) => (v.at === '2008-06-15' ? unmikEnds : nothing) });
    render(<WithdrawalImpact leaving={{ kind: 'mission', id: 'unmik' }} initialDay="2008-06-15" />, { wrapper: MemoryRouter });
    expect(await screen.findByText(/functions touched/)).toHaveTextContent('2 functions touched; 1 would have nobody; 1 would lose its lead.');
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('KosovoJusticeCountry-wideOSCE MiK (OSCE; open-ended)—');
    expect(rows[2]).toHaveTextContent('Nobody: it loses its only engagement');
    expect(rows[2]).toHaveTextContent('Lead lost (UN)');
    expect(within(rows[1]).getByRole('link', { name: 'OSCE MiK' })).toHaveAttribute('href', '/mission/osce-mik');
    expect(operations(fetch)[0].variables).toEqual({ actor: null, mission: 'unmik', at: '2008-06-15' });

    const day = screen.getByLabelText('On');
    await userEvent.clear(day);
    await userEvent.type(day, '1990-01-01');
    expect(await screen.findByText(/works on no function anywhere/)).toBeInTheDocument();
  });
});
