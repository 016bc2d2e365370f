import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionForTests, setSession } from '@/lib/session';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { LeadEditorPage } from './lead-editor';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

const kosovo = { code: 'XKX', name: 'Kosovo' };
const euPolice = {
  actor: { id: 'eu', name: 'European Union', acronym: 'EU' },
  country: kosovo,
  function: { code: 'POLICE', name: 'Police' },
  from: '2008-12-09',
  to: null,
  note: null,
};
const unJustice = { ...euPolice, actor: { id: 'un', name: 'United Nations', acronym: 'UN' }, function: { code: 'JUSTICE', name: 'Justice' }, from: null };

function signInOfficer() {
  setSession({
    accessToken: 't',
    refreshToken: 'r',
    expiresAt: '2030-01-01T00:00:00Z',
    account: { email: 'o@example.org', roles: ['OFFICER'], org: { id: 'eu', name: 'European Union' } },
  });
}

function renderEditor() {
  render(
    <MemoryRouter>
      <LeadEditorPage initialCountry="xkx" />
    </MemoryRouter>,
  );
}

describe('LeadEditor', () => {
  it("lists the country's leads; an officer may remove only its organisation's", async () => {
    signInOfficer();
    let leads = [euPolice, unJustice];
    const fetch = mockFetchByOperation({
      EditorOptions: { data: {} },
      LeadsInCountry: () => ({ data: { leads } }),
      DeleteLead: () => {
        leads = [unJustice];
        return { data: { deleteLead: true } };
      },
    });
    renderEditor();
    expect(await screen.findByRole('heading', { name: 'Leads recorded in Kosovo' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Remove: UN for Justice' })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Remove: EU for Police' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Lead removed: EU for Police.');
    await vi.waitFor(() => expect(screen.queryByText('EU for Police')).toBeNull());
    expect(screen.getByRole('heading', { name: 'Leads recorded in Kosovo' })).toHaveFocus();
    expect(operations(fetch).find((o) => o.name === 'DeleteLead')?.variables).toEqual({
      input: { actor: 'eu', country: 'XKX', function: 'POLICE', from: '2008-12-09', to: null, note: null },
    });
  });

  it("records a lead for the officer's organisation and shows the API's message at the field", async () => {
    signInOfficer();
    const fetch = mockFetchByOperation({
      EditorOptions: { data: {} },
      LeadsInCountry: { data: { leads: [] } },
      SetLead: (v) =>
        (v.input as { to: string | null }).to === '2001-01-01'
          ? { data: null, errors: [{ message: 'input.to: ends (2001-01-01) before it starts (2008-01-01)', extensions: { code: 'BAD_USER_INPUT', field: 'input.to' } }] }
          : { data: { setLead: { actor: { id: 'eu' }, function: { code: 'JUSTICE' }, from: '2008-01-01' } } },
    });
    renderEditor();
    expect(screen.getByLabelText(/^Lead organisation/)).toHaveValue('eu');
    expect(screen.getByLabelText(/^Lead organisation/)).toHaveAttribute('readonly');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/^Function/), 'Justice');
    await user.type(screen.getByLabelText('From'), '2008-01-01');
    await user.type(screen.getByLabelText('To'), '2001-01-01');
    await user.click(screen.getByRole('button', { name: 'Record lead' }));

    const to = screen.getByLabelText('To');
    await vi.waitFor(() => expect(to).toHaveFocus());
    expect(to).toHaveAccessibleDescription(/Ends \(2001-01-01\) before it starts/);

    await user.clear(to);
    await user.click(screen.getByRole('button', { name: 'Record lead' }));
    expect(await screen.findByText('Lead recorded: eu for Justice in XKX.')).toBeInTheDocument();
    expect(to).not.toHaveAttribute('aria-invalid');
    const sets = operations(fetch).filter((o) => o.name === 'SetLead');
    expect(sets[1].variables.input).toEqual({ actor: 'eu', country: 'XKX', function: 'JUSTICE', from: '2008-01-01', to: null, note: null });
    expect(operations(fetch).filter((o) => o.name === 'LeadsInCountry').length).toBeGreaterThan(1);
  });

  it('fills the form from a lead to change its end or note', async () => {
    signInOfficer();
    mockFetchByOperation({ EditorOptions: { data: {} }, LeadsInCountry: { data: { leads: [euPolice] } } });
    renderEditor();
    const list = (await screen.findByRole('heading', { name: 'Leads recorded in Kosovo' })).closest('section')!;
    await userEvent.click(within(list).getByRole('button', { name: 'Edit: EU for Police' }));
    expect(screen.getByLabelText(/^Function/)).toHaveValue('POLICE');
    expect(screen.getByLabelText('From')).toHaveValue('2008-12-09');
  });
});
