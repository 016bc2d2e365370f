import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { CoverageMatrix, type CoverageData } from './coverage-matrix';

const fixture: CoverageData = {
  threshold: 1,
  undated: 0,
  functions: [
    { code: 'POLICE', name: 'Police' },
    { code: 'JUSTICE', name: 'Justice' },
  ],
  actors: [
    { id: 'eu', name: 'European Union', acronym: 'EU' },
    { id: 'un', name: 'United Nations', acronym: 'UN' },
  ],
  cells: [
    {
      function: { code: 'POLICE' },
      actor: { id: 'eu' },
      direct: true,
      lead: true,
      subjects: [{ role: 'LEAD', subject: { __typename: 'Mission', id: 'eulex', acronym: 'EULEX', name: 'EU Rule of Law Mission' } }],
    },
    {
      function: { code: 'POLICE' },
      actor: { id: 'un' },
      direct: true,
      lead: false,
      subjects: [{ role: 'LEAD', subject: { __typename: 'Mission', id: 'unmik', acronym: 'UNMIK', name: 'UN Interim Administration' } }],
    },
    {
      function: { code: 'JUSTICE' },
      actor: { id: 'un' },
      direct: false,
      lead: false,
      subjects: [{ role: 'FUNDER', subject: { __typename: 'Activity', id: 'act-1', title: 'Court support' } }],
    },
  ],
  mandated: [{ code: 'POLICE' }, { code: 'ELECTIONS' }],
  gaps: [{ code: 'ELECTIONS', name: 'Elections' }],
  fragmented: [{ function: { code: 'JUSTICE' }, actors: [{ id: 'un' }] }],
};

describe('CoverageMatrix', () => {
  it('links every actor, mission and activity to its profile', () => {
    render(<CoverageMatrix coverage={fixture} />, { wrapper: MemoryRouter });
    expect(screen.getByRole('link', { name: 'UNMIK' })).toHaveAttribute('href', '/mission/unmik');
    expect(screen.getByRole('link', { name: 'Court support' })).toHaveAttribute('href', '/activity/act-1');
    expect(screen.getByRole('columnheader', { name: 'UN' })).toContainElement(screen.getByRole('link', { name: 'UN' }));
    expect(screen.getByRole('link', { name: 'UN' })).toHaveAttribute('href', '/actor/un');
  });

  it('renders functions × actors with subjects in the cells', () => {
    render(<CoverageMatrix coverage={fixture} />, { wrapper: MemoryRouter });
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Function', 'EU', 'UN']);
    const police = screen.getByRole('row', { name: /Police/ });
    const cells = within(police).getAllByRole('cell');
    expect(cells[0]).toHaveTextContent('EULEX (Lead)');
    expect(cells[1]).toHaveTextContent('UNMIK (Lead)');
    const justice = screen.getByRole('row', { name: /Justice/ });
    expect(within(justice).getAllByRole('cell')[1]).toHaveTextContent('Court support (Funder)');
    expect(within(justice).getAllByRole('cell')[1]).toHaveTextContent('via a broader function');
    expect(within(justice).getAllByRole('cell')[0]).toBeEmptyDOMElement();
  });

  it('shows one function, with only the actors that cover it, when one is chosen', async () => {
    render(<CoverageMatrix coverage={fixture} />, { wrapper: MemoryRouter });
    await userEvent.selectOptions(screen.getByLabelText('Function'), 'JUSTICE');
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Function', 'UN']);
    expect(within(table).getAllByRole('row').map((r) => r.getAttribute('data-function'))).toEqual([null, 'JUSTICE']);
    await userEvent.selectOptions(screen.getByLabelText('Function'), '');
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(4); // header, POLICE, JUSTICE, ELECTIONS
  });

  it('marks the lead only where the actor is the designated lead', () => {
    render(<CoverageMatrix coverage={fixture} />, { wrapper: MemoryRouter });
    const leads = screen.getAllByLabelText('Lead');
    expect(leads).toHaveLength(1);
    expect(leads[0].closest('td')).toHaveTextContent('EULEX');
  });

  it('adds a row for each gap and marks fragmented functions', () => {
    render(<CoverageMatrix coverage={fixture} />, { wrapper: MemoryRouter });
    const gap = screen.getByRole('row', { name: /Elections/ });
    expect(within(gap).getByRole('rowheader')).toHaveTextContent('Gap');
    expect(within(gap).getAllByRole('cell').every((c) => c.textContent === '')).toBe(true);
    expect(within(screen.getByRole('row', { name: /Justice/ })).getByRole('rowheader')).toHaveTextContent('Fragmented');
    expect(within(screen.getByRole('row', { name: /Police/ })).getByRole('rowheader')).not.toHaveTextContent(
      /Gap|Fragmented/,
    );
  });

  it('says so when there is nothing to show', () => {
    render(<CoverageMatrix coverage={{ ...fixture, functions: [], actors: [], cells: [], gaps: [], fragmented: [], mandated: [] }} />, { wrapper: MemoryRouter });
    expect(screen.getByText(/Nobody is recorded/)).toBeInTheDocument();
  });
});

describe('CoverageMatrix with undated records', () => {
  it('says how many records without dates were left out', () => {
    render(<CoverageMatrix coverage={{ ...fixture, undated: 2567 }} />, { wrapper: MemoryRouter });
    expect(screen.getByText(/2567 records without dates left out/)).toBeInTheDocument();
  });
  it('says nothing when there are none', () => {
    render(<CoverageMatrix coverage={fixture} />, { wrapper: MemoryRouter });
    expect(screen.queryByText(/without dates/)).not.toBeInTheDocument();
  });

  it('tells apart two columns that bear the same acronym', () => {
    const twoEUs: CoverageData = {
      ...fixture,
      actors: [...fixture.actors, { id: 'eu-council', name: 'Council of the European Union', acronym: 'EU' }],
      cells: [...fixture.cells, { ...fixture.cells[0], actor: { id: 'eu-council' }, lead: false }],
    };
    render(<CoverageMatrix coverage={twoEUs} />, { wrapper: MemoryRouter });
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Function', 'EU (European Union)', 'UN', 'EU (Council of the European Union)']);
  });
});
