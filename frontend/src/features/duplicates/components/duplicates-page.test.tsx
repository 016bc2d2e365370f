import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionForTests, setSession } from '@/lib/session';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { DuplicatesPage } from './duplicates-page';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

const actor = (id: string, name: string, ref: string | null) => ({ id, name, acronym: null, kind: 'NGO', ref, aliases: [], parent: null });
let pairs = [{ reason: 'same IATI identifier', a: actor('mc-dup-ref', 'Mercy Corps Scotland', 'GB-CHC-1127633'), b: actor('mercy-corps-europe', 'Mercy Corps Europe', 'GB-CHC-1127633') }];

function answers() {
  return {
    ActorDuplicates: () => ({ data: { actorDuplicates: pairs } }),
    MergeActors: (v: Record<string, unknown>) => {
      pairs = [];
      return { data: { mergeActors: { id: v.keep, name: 'Mercy Corps Europe', aliases: ['Mercy Corps Scotland'] } } };
    },
  };
}

describe('DuplicatesPage', () => {
  it('shows each pair side by side, with what tells them apart; no merge for a reader', async () => {
    mockFetchByOperation(answers());
    render(<DuplicatesPage />, { wrapper: MemoryRouter });
    const item = (await screen.findAllByRole('listitem'))[0];
    expect(item).toHaveTextContent('Mercy Corps Scotland ↔ Mercy Corps Europe');
    expect(within(item).getByRole('link', { name: 'Mercy Corps Scotland' })).toHaveAttribute('href', '/actor/mc-dup-ref');
    expect(item).toHaveTextContent('same IATI identifier');
    expect(within(item).getAllByText('GB-CHC-1127633')).toHaveLength(2);
    expect(within(item).getByText('mc-dup-ref')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /merge/ })).toBeNull();
  });

  it('lets an administrator merge one into the other, then lists what is left', async () => {
    pairs = [{ reason: 'same IATI identifier', a: actor('mc-dup-ref', 'Mercy Corps Scotland', 'GB-CHC-1127633'), b: actor('mercy-corps-europe', 'Mercy Corps Europe', 'GB-CHC-1127633') }];
    setSession({
      accessToken: 'token',
      refreshToken: 'refresh',
      expiresAt: '2099-01-01T00:00:00Z',
      account: { email: 'admin@concord.local', roles: ['ADMIN'] },
    });
    vi.stubGlobal('confirm', () => true);
    const fetch = mockFetchByOperation(answers());
    render(<DuplicatesPage />, { wrapper: MemoryRouter });
    await userEvent.click(await screen.findByRole('button', { name: 'Keep Mercy Corps Europe, merge the other into it' }));
    expect(await screen.findByText('No probable duplicates.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('“Mercy Corps Scotland” merged into “Mercy Corps Europe”.');
    expect(operations(fetch).find((o) => o.name === 'MergeActors')?.variables).toEqual({ keep: 'mercy-corps-europe', drop: 'mc-dup-ref' });
  });
});
