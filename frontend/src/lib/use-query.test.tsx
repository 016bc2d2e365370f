import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LoginDocument, MissionsAtDocument } from '@/gql/graphql';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { request } from './graphql-client';
import { resetSessionForTests, setSession } from './session';
import { useQuery } from './use-query';

function MissionCount({ date }: { date: string }) {
  const q = useQuery(MissionsAtDocument, { date });
  return <p>{q.status === 'success' ? `${q.data.missions.totalCount} missions on ${date}` : q.status}</p>;
}

let count = 0;
const answers = {
  MissionsAt: () => ({ data: { missions: { totalCount: ++count, edges: [] } } }),
  Login: {
    data: {
      login: {
        accessToken: 't',
        refreshToken: 'r',
        expiresAt: '2030-01-01T00:00:00Z',
        account: { email: 'b@example.org', roles: ['OFFICER'] },
      },
    },
  },
};

beforeEach(() => {
  count = 0;
  resetSessionForTests();
});
afterEach(() => vi.unstubAllGlobals());

describe('useQuery through the query cache', () => {
  it('shares one request between two views asking the same question', async () => {
    const fetch = mockFetchByOperation(answers);
    render(
      <>
        <MissionCount date="2010-07-01" />
        <MissionCount date="2010-07-01" />
      </>,
    );
    expect(await screen.findAllByText('1 missions on 2010-07-01')).toHaveLength(2);
    expect(operations(fetch).map((o) => o.name)).toEqual(['MissionsAt']);
  });

  it('reads again what is on screen after a successful mutation', async () => {
    const fetch = mockFetchByOperation(answers);
    render(<MissionCount date="2010-07-01" />);
    await screen.findByText('1 missions on 2010-07-01');
    await act(() => request(LoginDocument, { email: 'b@example.org', password: 'x' }));
    expect(await screen.findByText('2 missions on 2010-07-01')).toBeInTheDocument();
    expect(operations(fetch).map((o) => o.name)).toEqual(['MissionsAt', 'Login', 'MissionsAt']);
  });

  it('never shows an answer read for one account to another', async () => {
    const fetch = mockFetchByOperation(answers);
    setSession({
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: '2030-01-01T00:00:00Z',
      account: { email: 'a@example.org', roles: ['ADMIN'] },
    });
    const { unmount } = render(<MissionCount date="2010-07-01" />);
    await screen.findByText('1 missions on 2010-07-01');
    unmount();
    act(() => setSession(null));
    render(<MissionCount date="2010-07-01" />);
    await waitFor(() => expect(screen.getByText('2 missions on 2010-07-01')).toBeInTheDocument());
    expect(operations(fetch)).toHaveLength(2);
  });
});
