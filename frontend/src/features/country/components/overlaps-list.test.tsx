import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { OverlapsQuery } from '@/gql/graphql';
import { OverlapsList } from './overlaps-list';

type Overlap = OverlapsQuery['overlaps']['edges'][number]['node'];

const un = { id: 'un', name: 'United Nations', acronym: 'UN' };
const pair = (a: Overlap['a'], b: Overlap['b']): Overlap => ({
  score: 0.5,
  explanation: 'Both work on justice in Kosovo.',
  from: '2008-01-01',
  to: '2008-12-31',
  sharedFunctions: [{ code: 'JUSTICE', name: 'Justice' }],
  sharedLabels: [],
  place: { level: 'COUNTRY', areas: [] },
  a,
  b,
});

describe('OverlapsList', () => {
  it('tells apart a mission and an activity that bear one label, and two organisations called EU', () => {
    render(
      <OverlapsList
        total={2}
        overlaps={[
          pair(
            { subject: { __typename: 'Mission', id: 'unmik', acronym: 'UNMIK', name: 'UN Interim Administration Mission in Kosovo' }, actors: [un], from: '1999-06-10', to: null },
            { subject: { __typename: 'Activity', id: 'XM-1', title: 'UNMIK' }, actors: [un], from: '2008-01-01', to: '2008-12-31' },
          ),
          pair(
            { subject: { __typename: 'Activity', id: 'x-2', title: 'Court support' }, actors: [{ id: 'eu', name: 'European Union', acronym: 'EU' }], from: null, to: null },
            { subject: { __typename: 'Activity', id: 'x-3', title: 'Judges training' }, actors: [{ id: 'eu-council', name: 'Council of the European Union', acronym: 'EU' }], from: null, to: null },
          ),
        ]}
      />,
      { wrapper: MemoryRouter },
    );
    expect(screen.getByRole('link', { name: 'UNMIK (UN Interim Administration Mission in Kosovo)' })).toHaveAttribute('href', '/mission/unmik');
    expect(screen.getByRole('link', { name: 'UNMIK (activity)' })).toHaveAttribute('href', '/activity/XM-1');
    // The same organisation on both sides is one record: it keeps its acronym.
    expect(screen.getAllByRole('link', { name: 'UN' })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'EU (European Union)' })).toHaveAttribute('href', '/actor/eu');
    expect(screen.getByRole('link', { name: 'EU (Council of the European Union)' })).toHaveAttribute('href', '/actor/eu-council');
  });
});
