import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { CapacityQuery } from '@/gql/graphql';
import { CapacityTable } from './capacity-table';

// What the API answers for South Sudan on 2015-06-30 (server/capacity_test.go).
const missions: CapacityQuery['capacity'] = [
  {
    mission: { id: 'unmiss', acronym: 'UNMISS', name: 'United Nations Mission in South Sudan' },
    components: [
      { component: 'MILITARY', authorised: 12500, authorisedBy: { id: 'unscr-2155-2014', reference: 'UNSCR 2155 (2014)' }, deployed: 11535, deployedOn: '2015-06-30', deployedSource: 'UNMISS facts and figures', gap: 965 },
      { component: 'POLICE', authorised: null, authorisedBy: null, deployed: 1157, deployedOn: '2015-06-30', deployedSource: null, gap: null },
    ],
    contributors: [],
  },
];

describe('CapacityTable', () => {
  it('shows each component with its ceiling, deployed figure and gap', () => {
    render(<CapacityTable missions={missions} />, { wrapper: MemoryRouter });
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('UNMISSMilitary12,50011,535965ceiling: UNSCR 2155 (2014); deployed as of 2015-06-30');
    expect(rows[2]).toHaveTextContent('UNMISSPolice—1,157—deployed as of 2015-06-30');
    expect(within(rows[1]).getByRole('link', { name: 'UNMISS' })).toHaveAttribute('href', '/mission/unmiss');
  });

  it('says when nothing is recorded', () => {
    render(<CapacityTable missions={[]} />, { wrapper: MemoryRouter });
    expect(screen.getByText(/No personnel figures/)).toBeInTheDocument();
  });
});
