import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionForTests, setSession } from '@/lib/session';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { ImportPage } from './import-page';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

function signIn(roles: string[]) {
  setSession({ accessToken: 't', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', account: { email: 'a@x.org', roles, org: null } });
}

function renderPage() {
  render(
    <MemoryRouter>
      <ImportPage />
    </MemoryRouter>,
  );
}

const sheet = 'Organisation,Sector,Province\n#org +impl,#sector +name,#adm1 +name\nMercy Corps,Protection,Kabul\n';
const report = (created: number, unchanged: number) => ({
  read: 1,
  created,
  updated: 0,
  unchanged,
  skipped: 2,
  actorsCreated: created,
  reasons: [{ reason: "another district (#adm2) of an earlier row's activity", count: 2 }],
});

describe('import page', () => {
  it('previews an HXL sheet (a dry run), then imports it and says the report matches the preview', async () => {
    signIn(['ADMIN']);
    const fetch = mockFetchByOperation({
      ImportHxl: { data: { importHXL: report(1, 0) } },
      PickedName: { data: { country: { code: 'AFG', name: 'Afghanistan' } } },
    });
    renderPage();
    const user = userEvent.setup();
    const file = new File([sheet], '3w-afghanistan.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('File'), file);
    expect(await screen.findByText(/3w-afghanistan.csv/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Format/)).toHaveValue('hxl');
    await user.type(screen.getByRole('combobox', { name: /^Country/ }), 'AFG');
    await user.type(screen.getByLabelText('Period from'), '2024-01-01');
    await user.type(screen.getByLabelText('Period to'), '2024-03-31');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));

    const preview = await screen.findByRole('region', { name: 'Preview' });
    const rows = within(preview).getAllByRole('row').map((r) => Array.from(r.children, (c) => c.textContent));
    expect(rows).toEqual([
      ['Records', 'Would be created', 'Would be updated', 'Unchanged'],
      ['activities', '1', '0', '0'],
      ['organisations', '1', '0', '0'],
    ]);
    expect(within(preview).getByText(/2 × another district/)).toBeInTheDocument();
    expect(within(preview).getByText(/Nothing has been written/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Import' }));
    const done = await screen.findByRole('region', { name: 'Import report' });
    expect(within(done).getByRole('status')).toHaveTextContent('the import did what the preview said');
    const calls = operations(fetch).filter((o) => o.name === 'ImportHxl');
    expect(calls.map((c) => c.variables)).toEqual([
      { document: sheet, dryRun: true, country: 'AFG', from: '2024-01-01', to: '2024-03-31' },
      { document: sheet, dryRun: false, country: 'AFG', from: '2024-01-01', to: '2024-03-31' },
    ]);
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('asks for a new preview when the document changes after one', async () => {
    signIn(['ADMIN']);
    mockFetchByOperation({ ImportIati: { data: { importIATI: report(1, 0) } } });
    renderPage();
    const user = userEvent.setup();
    const doc = screen.getByLabelText('Or paste the document');
    await user.type(doc, '<iati-activities/>');
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));
    await screen.findByRole('region', { name: 'Preview' });
    expect(screen.getByRole('button', { name: 'Import' })).toBeEnabled();
    await user.type(doc, ' ');
    expect(screen.getByRole('button', { name: 'Import' })).toBeDisabled();
    expect(screen.queryByRole('region', { name: 'Preview' })).toBeNull();
  });

  it("shows the API's refusal of a document", async () => {
    signIn(['ADMIN']);
    mockFetchByOperation({
      ImportDataset: { data: null, errors: [{ message: 'document: not a concord-dataset/1 document', extensions: { code: 'BAD_USER_INPUT', field: 'document' } }] },
    });
    renderPage();
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText(/^Format/), 'dataset');
    await user.type(screen.getByLabelText('Or paste the document'), '{{}');
    await user.click(screen.getByRole('button', { name: 'Preview the import' }));
    const doc = screen.getByLabelText('Or paste the document');
    await vi.waitFor(() => expect(doc).toHaveFocus());
    expect(doc).toHaveAccessibleDescription(expect.stringContaining('Not a concord-dataset/1 document'));
  });

  it('is refused to officers', () => {
    signIn(['OFFICER']);
    renderPage();
    expect(screen.getByText('Only administrators import files; your account may not.')).toBeInTheDocument();
  });
});
