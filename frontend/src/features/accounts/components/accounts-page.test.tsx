import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionForTests, setSession } from '@/lib/session';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { AccountsPage } from './accounts-page';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

function signIn(roles: string[]) {
  setSession({ accessToken: 't', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', account: { email: 'admin@concord.local', roles, org: null } });
}

const admin = { id: 'acct-admin', email: 'admin@concord.local', name: null, org: null, roles: ['ADMIN'], disabled: false, version: 1 };
const officer = { id: 'acct-ana', email: 'ana@eu.example', name: 'Ana', org: { id: 'eu', name: 'European Union' }, roles: ['OFFICER'], disabled: false, version: 2 };

function list(...accounts: object[]) {
  return { data: { accounts: { totalCount: accounts.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: accounts.map((node) => ({ node })) } } };
}

function renderPage() {
  render(
    <MemoryRouter initialEntries={['/accounts']}>
      <AccountsPage />
    </MemoryRouter>,
  );
}

describe('account administration', () => {
  it('lists the accounts', async () => {
    signIn(['ADMIN']);
    mockFetchByOperation({ Accounts: list(admin, officer) });
    renderPage();
    const row = await screen.findByRole('row', { name: /ana@eu.example/ });
    expect(Array.from(row.children, (c) => c.textContent)).toEqual(['ana@eu.example', 'Ana', 'European Union', 'officer', 'Active', 'Edit']);
    expect(screen.getByRole('heading', { name: 'All accounts (2)' })).toBeInTheDocument();
  });

  it("creates an account, showing the API's message at the password", async () => {
    signIn(['ADMIN']);
    let attempt = 0;
    const fetch = mockFetchByOperation({
      Accounts: list(admin),
      CreateAccount: (v) => {
        attempt++;
        if (attempt === 1) {
          return { data: null, errors: [{ message: 'input.password: password is too easy to guess', extensions: { code: 'BAD_USER_INPUT', field: 'input.password' } }] };
        }
        const input = v.input as { email: string; roles: string[] };
        return { data: { createAccount: { ...officer, id: 'acct-new', email: input.email, roles: input.roles, name: null, org: null } } };
      },
    });
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'New account' }));
    await user.type(screen.getByLabelText(/^Email/), 'donor@example.org');
    await user.click(screen.getByLabelText(/^Officer/));
    await user.click(screen.getByLabelText(/^Donor/));
    await user.type(screen.getByLabelText(/^Password/), 'password1234');
    await user.click(screen.getByRole('button', { name: 'Create account' }));

    const password = screen.getByLabelText(/^Password/);
    await vi.waitFor(() => expect(password).toHaveFocus());
    expect(password).toHaveAccessibleDescription(expect.stringContaining('Error: Password is too easy to guess'));

    await user.clear(password);
    await user.type(password, 'correct horse battery staple');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByText('Account donor@example.org created.')).toBeInTheDocument();
    expect(operations(fetch).filter((o) => o.name === 'CreateAccount').at(-1)?.variables.input).toEqual({
      email: 'donor@example.org',
      name: null,
      org: null,
      roles: ['DONOR'],
      password: 'correct horse battery staple',
    });
  });

  it('disables an account and resets its password, sending only what changed with the version read', async () => {
    signIn(['ADMIN']);
    const fetch = mockFetchByOperation({
      Accounts: list(admin, officer),
      UpdateAccount: () => ({ data: { updateAccount: { ...officer, disabled: true, version: 3 } } }),
      PickedName: { data: { actor: { id: 'eu', name: 'European Union', acronym: 'EU' } } },
    });
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit ana@eu.example' }));
    const form = screen.getByRole('region', { name: 'Edit account: ana@eu.example' });
    await user.click(within(form).getByLabelText('Disabled'));
    await user.type(within(form).getByLabelText(/^New password/), 'a brand new long passphrase');
    await user.click(within(form).getByRole('button', { name: 'Save account' }));
    expect(await screen.findByText(/Account ana@eu.example saved, with its new password/)).toBeInTheDocument();
    expect(operations(fetch).find((o) => o.name === 'UpdateAccount')?.variables).toEqual({
      id: 'acct-ana',
      version: 2,
      input: { disabled: true, password: 'a brand new long passphrase' },
    });
  });

  it('deletes an account after a confirmation naming it', async () => {
    signIn(['ADMIN']);
    const fetch = mockFetchByOperation({ Accounts: list(admin, officer), DeleteAccount: (v) => ({ data: { deleteAccount: v.id } }) });
    renderPage();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Edit ana@eu.example' }));
    await user.click(screen.getByRole('button', { name: 'Delete account' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the account ana@eu.example?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete ana@eu.example' }));
    expect(await screen.findByText('Account ana@eu.example deleted.')).toBeInTheDocument();
    expect(operations(fetch).find((o) => o.name === 'DeleteAccount')?.variables).toEqual({ id: 'acct-ana' });
  });

  it("does not offer to disable or delete the administrator's own account", async () => {
    signIn(['ADMIN']);
    mockFetchByOperation({ Accounts: list(admin) });
    renderPage();
    await userEvent.click(await screen.findByRole('button', { name: 'Edit admin@concord.local' }));
    expect(screen.queryByLabelText('Disabled')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Delete account' })).toBeNull();
  });

  it.each([
    [['OFFICER'], /Only administrators manage accounts/],
    [null, /Accounts are managed by administrators/],
  ])('is refused to %j, without asking the API', (roles, text) => {
    if (roles) signIn(roles);
    const fetch = mockFetchByOperation({});
    renderPage();
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });
});
