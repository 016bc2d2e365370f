import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Graph } from '../types';
import { NetworkExplorer } from './network-explorer';

// jsdom has no canvas: the drawing is replaced by a list of what it was given to draw.
vi.mock('./network-canvas', () => ({
  NetworkCanvas: ({ graph }: { graph: Graph }) => (
    <ul aria-label="drawn">
      {graph.edges.map((e) => (
        <li key={e.id}>{e.id}</li>
      ))}
    </ul>
  ),
}));

afterEach(() => vi.unstubAllGlobals());

const node = (id: string, label: string, depth: number, attrs: Record<string, string> = {}) => ({
  id,
  type: id.split(':')[0],
  label,
  depth,
  attributes: Object.entries(attrs).map(([key, value]) => ({ key, value })),
});
const edge = (type: string, source: string, target: string) => ({
  id: `${type}:${source}->${target}`,
  source,
  target,
  type,
  attributes: [],
});

const kosovo = {
  truncated: true,
  omitted: 12,
  omittedEdges: 30,
  nodes: [
    node('country:XKX', 'Kosovo', 0),
    node('mission:eulex', 'EULEX Kosovo', 1, { model: 'MONITORING', start: '2008-02-16' }),
    node('mission:unmik', 'UNMIK', 1, { model: 'PEACEKEEPING', start: '1999-06-10' }),
    node('actor:un', 'United Nations', 2),
  ],
  edges: [
    edge('DEPLOYED_IN', 'mission:eulex', 'country:XKX'),
    edge('DEPLOYED_IN', 'mission:unmik', 'country:XKX'),
    edge('LEADS', 'actor:un', 'mission:unmik'),
  ],
};

const aroundEulex = {
  truncated: false,
  omitted: 0,
  omittedEdges: 0,
  nodes: [node('mission:eulex', 'EULEX Kosovo', 0), node('actor:eu', 'European Union', 1)],
  edges: [edge('LEADS', 'actor:eu', 'mission:eulex')],
};

const overlaps = {
  totalCount: 1,
  edges: [
    {
      node: {
        score: 0.82,
        from: '2008-12-09',
        to: null,
        sharedFunctions: [{ code: 'RULE_OF_LAW' }],
        a: { subject: { __typename: 'Mission', id: 'eulex' } },
        b: { subject: { __typename: 'Mission', id: 'unmik' } },
      },
    },
  ],
};

type Call = { operation: string; variables: Record<string, unknown> };

/** A fetch answering each operation by its name (a function gets the variables); records the calls. */
type Answer = { data?: unknown; errors?: unknown[] } | ((vars: Record<string, unknown>) => unknown);

function routeFetch(answers: Record<string, Answer>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: unknown, init?: RequestInit) => {
      const { query, variables } = JSON.parse(init?.body as string) as { query: string; variables: Record<string, unknown> };
      const operation = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
      calls.push({ operation, variables });
      const answer = answers[operation];
      return new Response(JSON.stringify(typeof answer === 'function' ? answer(variables) : answer), { status: 200 });
    }),
  );
  return calls;
}

const choices = {
  data: {
    functions: [{ code: 'RULE_OF_LAW', name: 'Rule of law' }],
    regions: [{ code: '150', name: 'Europe' }],
  },
};

/** The address the explorer writes its settings into. */
function Address() {
  return <output aria-label="address">{useLocation().search}</output>;
}

function renderExplorer(props: Partial<Parameters<typeof NetworkExplorer>[0]> = {}, address = '/network') {
  const onFocus = vi.fn();
  render(
    <MemoryRouter initialEntries={[address]}>
      <NetworkExplorer focus="country:XKX" depth={2} onFocus={onFocus} onDepth={() => {}} {...props} />
      <Address />
    </MemoryRouter>,
  );
  return { onFocus };
}

async function openTable() {
  await userEvent.click(await screen.findByText(/^Table of the/));
}

describe('NetworkExplorer', () => {
  it('loads the network around the focus and shows it drawn, counted, listed, with overlaps highlighted', async () => {
    const calls = routeFetch({
      Network: { data: { network: kosovo } },
      NetworkOverlaps: { data: { overlaps } },
      NetworkFilterChoices: choices,
    });
    renderExplorer();
    expect(screen.getByText('Loading the network around country:XKX…')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 1, name: 'Network around Kosovo' })).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'Network')?.variables).toEqual({
      focus: 'country:XKX',
      depth: 2,
      maxNodes: 250,
      nodeTypes: ['actor', 'mission', 'country', 'cluster'],
      edgeTypes: null,
    });
    expect(calls.find((c) => c.operation === 'NetworkOverlaps')?.variables).toEqual({
      country: 'XKX',
      function: null,
      at: null,
    });
    expect(await screen.findByText('1 overlapping pair highlighted.')).toBeInTheDocument();
    expect(screen.getByText('Showing 4 of 4 loaded nodes and 4 edges.')).toBeInTheDocument();
    expect(screen.getByText(/12 more nodes within 2 hops were left out/)).toBeInTheDocument();
    const drawn = within(screen.getByRole('list', { name: 'drawn' })).getAllByRole('listitem');
    expect(drawn.map((li) => li.textContent)).toContain('OVERLAPS:mission:eulex->mission:unmik');

    await openTable();
    const nodes = within(screen.getByRole('table', { name: 'Nodes' })).getAllByRole('row').slice(1);
    expect(nodes.map((r) => r.querySelector('th')?.textContent)).toEqual([
      'Kosovo (focus)',
      'EULEX Kosovo',
      'UNMIK',
      'United Nations',
    ]);
    const edges = within(screen.getByRole('table', { name: 'Edges' })).getAllByRole('row');
    expect(edges.at(-1)).toHaveTextContent('EULEX KosovoOVERLAPSUNMIKscore: 0.82');
  });

  it('filters by mission model in the browser, hiding what hangs only on the hidden missions', async () => {
    routeFetch({
      Network: { data: { network: kosovo } },
      NetworkOverlaps: { data: { overlaps } },
      NetworkFilterChoices: choices,
    });
    renderExplorer();
    await screen.findByText('Showing 4 of 4 loaded nodes and 4 edges.');
    await userEvent.selectOptions(screen.getByLabelText('Mission model'), 'Monitoring');
    expect(screen.getByText('Showing 2 of 4 loaded nodes and 1 edge.')).toBeInTheDocument();
    await openTable();
    const names = within(screen.getByRole('table', { name: 'Nodes' }))
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.querySelector('th')?.textContent);
    expect(names).toEqual(['Kosovo (focus)', 'EULEX Kosovo']);
  });

  it('filters by function with the missions and activities the API says work on it', async () => {
    const calls = routeFetch({
      Network: { data: { network: kosovo } },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
      NetworkFunctionMembers: {
        data: {
          missions: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: { id: 'unmik' } }] },
          activities: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
        },
      },
    });
    renderExplorer();
    await screen.findByText('Showing 4 of 4 loaded nodes and 3 edges.');
    await userEvent.selectOptions(await screen.findByLabelText('Function'), 'Rule of law');
    expect(await screen.findByText('Showing 3 of 4 loaded nodes and 2 edges.')).toBeInTheDocument();
    expect(calls.find((c) => c.operation === 'NetworkFunctionMembers')?.variables).toMatchObject({
      function: 'RULE_OF_LAW',
      withMissions: true,
      withActivities: true,
    });
    await waitFor(() =>
      expect(calls.filter((c) => c.operation === 'NetworkOverlaps').at(-1)?.variables).toMatchObject({
        function: 'RULE_OF_LAW',
      }),
    );
  });

  it('expands a node into the graph and makes another node the focus', async () => {
    const calls = routeFetch({
      Network: (vars) => ({ data: { network: vars.focus === 'mission:eulex' ? aroundEulex : kosovo } }),
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
    });
    const { onFocus } = renderExplorer();
    await openTable();
    await userEvent.click(await screen.findByRole('button', { name: 'EULEX Kosovo' }));
    const details = screen.getByRole('region', { name: 'EULEX Kosovo' });
    expect(within(details).getByRole('heading', { name: 'EULEX Kosovo' })).toHaveFocus();

    await userEvent.click(within(details).getByRole('button', { name: 'Expand (add its neighbours)' }));
    expect(await within(details).findByRole('button', { name: 'Expanded' })).toBeDisabled();
    expect(calls.filter((c) => c.operation === 'Network').at(-1)?.variables).toMatchObject({
      focus: 'mission:eulex',
      depth: 1,
    });
    const row = within(screen.getByRole('table', { name: 'Nodes' })).getByRole('button', { name: 'European Union' }).closest('tr');
    expect(row).toHaveTextContent('European Unionactor2actor:eu');

    await userEvent.click(within(details).getByRole('button', { name: 'Make it the focus' }));
    expect(onFocus).toHaveBeenCalledWith('mission:eulex');
  });

  it('checks the focus typed in before asking for it', async () => {
    routeFetch({
      Network: { data: { network: kosovo } },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
    });
    const { onFocus } = renderExplorer();
    const input = screen.getByLabelText('Focus');
    await userEvent.clear(input);
    await userEvent.type(input, 'zz{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('“zz” is neither a known name nor a network id');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onFocus).not.toHaveBeenCalled();
    await userEvent.clear(input);
    await userEvent.type(input, 'mission:unmik{Enter}');
    expect(onFocus).toHaveBeenCalledWith('mission:unmik');
  });

  it('says when the focus does not exist, and retries', async () => {
    const calls = routeFetch({
      Network: { errors: [{ message: 'no node "country:ZZZ"', extensions: { code: 'NOT_FOUND', field: 'focus' } }] },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
    });
    renderExplorer({ focus: 'country:ZZZ' });
    expect(await screen.findByText(/There is no node country:ZZZ/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(calls.filter((c) => c.operation === 'Network')).toHaveLength(2));
  });

  it('says when nothing is linked to the focus', async () => {
    routeFetch({
      Network: { data: { network: { truncated: false, omitted: 0, omittedEdges: 0, nodes: [kosovo.nodes[0]], edges: [] } } },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
    });
    renderExplorer({ depth: 1 });
    expect(await screen.findByText('Nothing is linked to country:XKX within 1 hop with the chosen types.')).toBeInTheDocument();
  });

  it('downloads the shown nodes as CSV named after the focus', async () => {
    routeFetch({
      Network: { data: { network: kosovo } },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
    });
    const saved: { name: string; blob: Blob }[] = [];
    let last: Blob | undefined;
    vi.stubGlobal('URL', Object.assign(Object.create(URL), { createObjectURL: (b: Blob) => ((last = b), 'blob:x'), revokeObjectURL: () => {} }));
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ name: this.download, blob: last! });
    });
    renderExplorer();
    await screen.findByText('Showing 4 of 4 loaded nodes and 3 edges.');
    await userEvent.click(screen.getByRole('button', { name: 'Nodes (CSV)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Graph (GraphML for Gephi)' }));
    expect(saved.map((s) => [s.name, s.blob.type])).toEqual([
      ['concord-network-country-XKX-nodes.csv', 'text/csv;charset=utf-8'],
      ['concord-network-country-XKX.graphml', 'application/graphml+xml;charset=utf-8'],
    ]);
  });

  it('chooses the focus by name from the suggestions, with the keyboard', async () => {
    const calls = routeFetch({
      Network: { data: { network: kosovo } },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
      NetworkFocusSuggestions: {
        data: {
          countries: { edges: [{ node: { code: 'AFG', name: 'Afghanistan' } }] },
          actors: { edges: [{ node: { id: 'afghanaid', name: 'Afghanaid', acronym: null } }] },
          missions: { edges: [{ node: { id: 'unama', name: 'UN Assistance Mission in Afghanistan', acronym: 'UNAMA' } }] },
        },
      },
    });
    const { onFocus } = renderExplorer();
    const input = screen.getByLabelText('Focus');
    await userEvent.clear(input);
    await userEvent.type(input, 'afgh');
    const list = await screen.findByRole('listbox', { name: 'Suggestions' });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Afghanistan country',
      'Afghanaid organisation',
      'UN Assistance Mission in Afghanistan (UNAMA) mission',
    ]);
    expect(calls.find((c) => c.operation === 'NetworkFocusSuggestions')?.variables).toEqual({ search: 'afgh' });
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', within(list).getAllByRole('option')[1].id);
    await userEvent.keyboard('{ArrowUp}{Enter}');
    expect(onFocus).toHaveBeenCalledWith('country:AFG');
    expect(input).toHaveValue('Afghanistan');
  });

  it('draws activities linked alike as one summary node, and shows them when it is chosen', async () => {
    const activities = Array.from({ length: 120 }, (_, i) => node(`activity:a${i}`, `Activity ${i}`, 1));
    const afghanistan = {
      truncated: false,
      omitted: 0,
      omittedEdges: 0,
      nodes: [node('country:AFG', 'Afghanistan', 0), ...activities, node('actor:acted', 'ACTED', 2)],
      edges: activities.flatMap((a) => [edge('IN', a.id, 'country:AFG'), edge('IMPLEMENTS', 'actor:acted', a.id)]),
    };
    routeFetch({
      Network: { data: { network: afghanistan } },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
    });
    renderExplorer({ focus: 'country:AFG' });
    await screen.findByText(/1 node with a double ring stands for several/);
    const drawn = () => within(screen.getByRole('list', { name: 'drawn' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(drawn()).toEqual([
      'IN:summary:activity:country:AFG->country:AFG',
      'IMPLEMENTS:actor:acted->summary:activity:country:AFG',
    ]);
    await openTable();
    await userEvent.click(screen.getByRole('button', { name: '120 activities' }));
    expect(drawn()).toHaveLength(240);
    expect(screen.getByText('Showing 122 of 122 loaded nodes and 240 edges.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Group them again' }));
    expect(drawn()).toHaveLength(2);
  });

  it('keeps what is loaded and how it is filtered in the address', async () => {
    const calls = routeFetch({
      Network: { data: { network: kosovo } },
      NetworkOverlaps: { data: { overlaps: { totalCount: 0, edges: [] } } },
      NetworkFilterChoices: choices,
    });
    renderExplorer({}, '/network?focus=country:XKX&max=1000&types=actor,activity&model=MONITORING');
    await screen.findByText('Showing 2 of 4 loaded nodes and 1 edge.');
    expect(calls.find((c) => c.operation === 'Network')?.variables).toMatchObject({ maxNodes: 1000, nodeTypes: ['actor', 'activity'] });
    expect(screen.getByLabelText('Mission model')).toHaveValue('MONITORING');
    await userEvent.selectOptions(screen.getByLabelText('Most nodes'), '500');
    await userEvent.click(screen.getByLabelText(/Highlight overlapping/));
    expect(screen.getByRole('status', { name: 'address' }).textContent).toBe(
      '?focus=country%3AXKX&max=500&types=actor%2Cactivity&model=MONITORING&overlaps=off',
    );
  });
});
