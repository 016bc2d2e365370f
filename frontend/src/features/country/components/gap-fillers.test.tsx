import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { GapFillersQuery } from '@/gql/graphql';
import { GapFillers } from './gap-fillers';

// Cut from what the API answers for Kosovo on 2010-06-01 (server/gap_fillers_test.go).
const gaps: GapFillersQuery['gapFillers'] = [
  {
    function: { code: 'SSR', name: 'Security sector reform' },
    kind: 'UNCOVERED',
    candidates: [
      { actor: { id: 'un', name: 'United Nations', acronym: 'UN' }, rank: 1, score: 0.84, reasons: ['comparative strength 0.98 in security sector reform (rank 1; 15 missions on it)', 'already works in XKX that day'] },
      { actor: { id: 'eu', name: 'European Union', acronym: 'EU' }, rank: 2, score: 0.72, reasons: ['comparative strength 0.50 in security sector reform (rank 2; 9 missions on it)'] },
    ],
  },
  {
    function: { code: 'ELECTIONS', name: 'Elections' },
    kind: 'NO_LEAD',
    candidates: [{ actor: { id: 'osce', name: 'OSCE', acronym: null }, rank: 1, score: 0.55, reasons: ['already works in XKX that day'] }],
  },
];

describe('GapFillers', () => {
  it('lists each gap with its ranked candidates and their reasons', () => {
    render(<GapFillers gaps={gaps} />, { wrapper: MemoryRouter });
    expect(screen.getByText(/1 function nobody covers, 1 without a lead/)).toBeInTheDocument();
    const [ssr, elections] = screen.getAllByRole('group');
    expect(ssr).toHaveAttribute('open');
    expect(within(ssr).getByText(/Security sector reform/).closest('summary')).toHaveTextContent('mandated, and nobody covers it — first: UN');
    const candidates = within(ssr).getAllByRole('listitem');
    expect(candidates[0]).toHaveTextContent('UN score 0.84: comparative strength 0.98 in security sector reform (rank 1; 15 missions on it); already works in XKX that day');
    expect(within(candidates[1]).getByRole('link', { name: 'EU' })).toHaveAttribute('href', '/actor/eu');
    expect(elections).not.toHaveAttribute('open');
    expect(within(elections).getByText(/worked on, with no lead/)).toBeInTheDocument();
  });

  it('says when there is no gap', () => {
    render(<GapFillers gaps={[]} />, { wrapper: MemoryRouter });
    expect(screen.getByText(/No gaps on that day/)).toBeInTheDocument();
  });
});
