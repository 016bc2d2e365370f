import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resetSessionForTests, setSession } from '@/lib/session';
import { mockFetchByOperation, operations } from '@/test/fetch-mock';
import { courtSupport, eulex } from '../testing/fixtures';
import { isEditorKind } from '../utils/editor-paths';
import { RecordEditorPage } from './record-editor-page';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

function signIn(roles: string[], org: { id: string; name: string } | null = { id: 'eu', name: 'European Union' }) {
  setSession({ accessToken: 't', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', account: { email: 'o@example.org', roles, org } });
}

function EditRoute() {
  const { kind, id } = useParams();
  return isEditorKind(kind) ? <RecordEditorPage kind={kind} id={id === 'new' ? undefined : id} /> : null;
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/edit/:kind/:id', element: <EditRoute /> }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
  return router;
}

const noOptions = { data: {} };

describe('record editor', () => {
  it("shows the API's message next to the field it is about and moves focus there", async () => {
    signIn(['OFFICER']);
    const fetch = mockFetchByOperation({
      EditorOptions: noOptions,
      CreateMission: {
        data: null,
        errors: [
          {
            message: 'input.lead: no actor with id "nobody"',
            path: ['createMission'],
            extensions: { code: 'BAD_USER_INPUT', field: 'input.lead' },
          },
        ],
      },
    });
    renderAt('/edit/mission/new');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Id/), 'eupm');
    await user.type(screen.getByLabelText(/^Name/), 'EU Police Mission');
    await user.type(screen.getByLabelText(/^Lead organisation/), 'nobody');
    await user.click(screen.getByRole('button', { name: 'Create mission' }));

    const lead = screen.getByLabelText(/^Lead organisation/);
    await vi.waitFor(() => expect(lead).toHaveFocus());
    expect(lead).toHaveAttribute('aria-invalid', 'true');
    expect(lead).toHaveAccessibleDescription(expect.stringContaining('Error: No actor with id "nobody"'));
    expect(screen.getByLabelText(/^Name/)).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();

    const create = operations(fetch).find((o) => o.name === 'CreateMission');
    expect(create?.variables.input).toMatchObject({ id: 'eupm', name: 'EU Police Mission', lead: 'nobody', model: 'PEACEKEEPING', owner: null });
  });

  it('puts an error about no field in the form-level alert and focuses it', async () => {
    signIn(['OFFICER']);
    mockFetchByOperation({
      EditorOptions: noOptions,
      CreateMandate: { data: null, errors: [{ message: 'you may not change this mandate', extensions: { code: 'FORBIDDEN' } }] },
    });
    renderAt('/edit/mandate/new');
    await userEvent.click(screen.getByRole('button', { name: 'Create mandate' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('you may not change this mandate');
    await vi.waitFor(() => expect(alert).toHaveFocus());
  });

  it("sends the version it read; on a CONFLICT shows what changed, keeps the user's values and re-applies them on the new version", async () => {
    signIn(['OFFICER']);
    let version = 3;
    const current = () => ({ ...eulex, version, name: version === 3 ? eulex.name : 'EULEX Kosovo', end: version === 3 ? null : '2030-06-14' });
    const fetch = mockFetchByOperation({
      EditorOptions: noOptions,
      MissionForEdit: () => ({ data: { mission: current() } }),
      UpdateMission: (v) => {
        if (v.version === 3) {
          version = 4; // someone else saved in between
          return { data: null, errors: [{ message: 'mission "eulex" was changed by someone else: it is at version 4, you sent 3; reload and try again', extensions: { code: 'CONFLICT', field: 'version' } }] };
        }
        return { data: { updateMission: { ...current(), version: 5, name: (v.input as { name: string }).name } } };
      },
    });
    renderAt('/edit/mission/eulex');
    const name = await screen.findByLabelText(/^Name/);
    const user = userEvent.setup();
    await user.clear(name);
    await user.type(name, 'European Union Rule of Law Mission');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Someone else changed this mission');
    expect(alert).toHaveTextContent('It is now at version 4');
    await vi.waitFor(() => expect(alert).toHaveFocus());
    const rows = within(alert).getAllByRole('row').map((r) => Array.from(r.children, (c) => c.textContent));
    expect(rows).toEqual([
      ['Field', 'Saved now (version 4)', 'Yours'],
      ['Name', 'EULEX Kosovo', 'European Union Rule of Law Mission'],
      ['End', '2030-06-14', '— (you did not change it: theirs will be kept)'],
    ]);
    expect(screen.getByLabelText(/^Name/)).toHaveValue('European Union Rule of Law Mission');
    expect(operations(fetch).find((o) => o.name === 'UpdateMission')?.variables).toEqual({
      id: 'eulex',
      version: 3,
      input: { name: 'European Union Rule of Law Mission' },
    });

    await user.click(within(alert).getByRole('button', { name: 'Apply my changes to version 4' }));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText(/^Name/)).toHaveValue('European Union Rule of Law Mission');
    expect(screen.getByLabelText(/^End/)).toHaveValue('2030-06-14');
    expect(screen.getByText(/version 4/, { selector: '.record-id' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved (version 5).')).toBeInTheDocument();
    expect(operations(fetch).filter((o) => o.name === 'UpdateMission').at(-1)?.variables).toEqual({
      id: 'eulex',
      version: 4,
      input: { name: 'European Union Rule of Law Mission' },
    });
  });

  it('deletes after a confirmation naming the record, with the version read, and goes back to the editors', async () => {
    signIn(['OFFICER']);
    const fetch = mockFetchByOperation({
      EditorOptions: noOptions,
      MissionForEdit: { data: { mission: eulex } },
      DeleteMission: (v) => ({ data: { deleteMission: v.id } }),
    });
    const router = renderAt('/edit/mission/eulex');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete mission' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete the mission “EULEX”?' });
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Delete “EULEX”' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/edit'));
    expect(router.state.location.state).toEqual({ deleted: 'Mission “EULEX” deleted.' });
    expect(operations(fetch).find((o) => o.name === 'DeleteMission')?.variables).toEqual({ id: 'eulex', version: 3 });
  });

  it('does not delete a record someone changed since: it shows what changed instead', async () => {
    signIn(['OFFICER']);
    let version = 3;
    const fetch = mockFetchByOperation({
      EditorOptions: noOptions,
      MissionForEdit: () => ({ data: { mission: { ...eulex, version, acronym: version === 3 ? 'EULEX' : 'EULEX Kosovo' } } }),
      DeleteMission: (v) => {
        if (v.version === 4) return { data: { deleteMission: v.id } };
        version = 4;
        return { data: null, errors: [{ message: 'mission "eulex" was changed by someone else', extensions: { code: 'CONFLICT', field: 'version' } }] };
      },
    });
    const router = renderAt('/edit/mission/eulex');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete mission' }));
    await user.click(screen.getByRole('button', { name: 'Delete “EULEX”' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('row', { name: /Acronym/ })).toHaveTextContent('EULEX KosovoEULEX');
    expect(router.state.location.pathname).toBe('/edit/mission/eulex');

    await user.click(within(alert).getByRole('button', { name: 'Discard my changes' }));
    expect(screen.getByLabelText(/^Acronym/)).toHaveValue('EULEX Kosovo');
    await user.click(screen.getByRole('button', { name: 'Delete mission' }));
    await user.click(screen.getByRole('button', { name: 'Delete “EULEX Kosovo”' }));
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/edit'));
    expect(operations(fetch).filter((o) => o.name === 'DeleteMission').map((o) => o.variables.version)).toEqual([3, 4]);
  });

  it('picks the lead organisation by name', async () => {
    signIn(['OFFICER']);
    const fetch = mockFetchByOperation({
      EditorOptions: noOptions,
      PickActors: (v) => ({
        data: {
          actors: {
            edges: String(v.search).toLowerCase().startsWith('europ')
              ? [{ node: { id: 'eu', name: 'European Union', acronym: 'EU' } }, { node: { id: 'coe', name: 'Council of Europe', acronym: null } }]
              : [],
          },
        },
      }),
      PickedName: (v) => ({ data: { actor: v.id === 'eu' ? { id: 'eu', name: 'European Union', acronym: 'EU' } : null } }),
    });
    renderAt('/edit/mission/new');
    const user = userEvent.setup();
    const lead = screen.getByRole('combobox', { name: /^Lead organisation/ });
    await user.type(lead, 'Europ');
    const option = await screen.findByRole('option', { name: /European Union \(EU\)/ });
    expect(lead).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}');
    expect(option).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Enter}');
    expect(lead).toHaveValue('eu');
    expect(lead).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByText('Chosen: European Union (EU)')).toBeInTheDocument();
    expect(operations(fetch).find((o) => o.name === 'PickActors')?.variables).toEqual({ search: 'Europ' });
  });

  it('opens the record just created, says so and focuses its title', async () => {
    signIn(['ADMIN'], null);
    const created = { ...eulex, id: 'eupm', name: 'EU Police Mission', acronym: 'EUPM', version: 1 };
    const fetch = mockFetchByOperation({
      EditorOptions: noOptions,
      CreateMission: { data: { createMission: created } },
      MissionForEdit: (v) => ({ data: { mission: v.id === 'eupm' ? created : null } }),
    });
    const router = renderAt('/edit/mission/new');
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Id/), 'eupm');
    await user.type(screen.getByLabelText(/^Name/), 'EU Police Mission');
    await user.type(screen.getByLabelText(/^Lead organisation/), 'eu');
    await user.type(screen.getByLabelText(/^Owner/), 'eu');
    await user.click(screen.getByRole('button', { name: 'Create mission' }));

    const heading = await screen.findByRole('heading', { level: 1, name: 'Edit mission: EUPM' });
    expect(router.state.location.pathname).toBe('/edit/mission/eupm');
    expect(screen.getByRole('status')).toHaveTextContent('Mission created.');
    await vi.waitFor(() => expect(heading).toHaveFocus());
    expect(operations(fetch).find((o) => o.name === 'CreateMission')?.variables.input).toMatchObject({ owner: 'eu' });
  });

  it('puts a message about one entry of a list next to that entry, for a record whose id holds a slash', async () => {
    signIn(['OFFICER'], { id: 'undp', name: 'UNDP' });
    const fetch = mockFetchByOperation({
      EditorOptions: noOptions,
      ActivityForEdit: (v) => ({ data: { activity: v.id === courtSupport.id ? courtSupport : null } }),
      UpdateActivity: {
        data: null,
        errors: [
          {
            message: 'input.funders[0].currency: "US$" is not an ISO 4217 code',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'input.funders[0].currency',
              errors: [{ field: 'input.funders[0].currency', message: '"US$" is not an ISO 4217 code', code: 'BAD_USER_INPUT' }],
            },
          },
        ],
      },
    });
    renderAt(`/edit/activity/${encodeURIComponent(courtSupport.id)}`);
    const funding = await screen.findByRole('group', { name: 'Funding 1' });
    const currency = within(funding).getByLabelText('Currency (ISO 4217)');
    const user = userEvent.setup();
    await user.clear(currency);
    await user.type(currency, 'US$');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));

    await vi.waitFor(() => expect(currency).toHaveFocus());
    expect(currency).toHaveAccessibleDescription('Error: "US$" is not an ISO 4217 code');
    expect(operations(fetch).find((o) => o.name === 'UpdateActivity')?.variables).toEqual({
      id: 'XM-DAC-41114-PROJECT/00123',
      version: 2,
      input: { funders: [{ actor: 'uk', amount: 600, currency: 'US$', year: 2020 }] },
    });
  });

  it('says nothing was saved when nothing changed', async () => {
    signIn(['OFFICER']);
    const fetch = mockFetchByOperation({ EditorOptions: noOptions, MissionForEdit: { data: { mission: eulex } } });
    renderAt('/edit/mission/eulex');
    await userEvent.click(await screen.findByRole('button', { name: 'Save changes' }));
    expect(screen.getByRole('status')).toHaveTextContent('Nothing has changed');
    expect(operations(fetch).some((o) => o.name === 'UpdateMission')).toBe(false);
  });

  it("shows another organisation's record read-only to an officer", async () => {
    signIn(['OFFICER'], { id: 'osce', name: 'OSCE' });
    mockFetchByOperation({ EditorOptions: noOptions, MissionForEdit: { data: { mission: eulex } } });
    renderAt('/edit/mission/eulex');
    expect(await screen.findByText(/belongs to European Union: only its officers and administrators may change it/)).toBeInTheDocument();
    expect(screen.getByLabelText(/^Name/)).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  it('says when the record does not exist', async () => {
    signIn(['OFFICER']);
    mockFetchByOperation({ MissionForEdit: { data: { mission: null } } });
    renderAt('/edit/mission/nope');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no mission with the id “nope”');
  });

  it('explains to donors and anonymous visitors why they cannot edit', () => {
    signIn(['DONOR']);
    const fetch = mockFetchByOperation({});
    renderAt('/edit/mission/new');
    expect(screen.getByText(/Your account \(donor\) may read records but not change them/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('organisation editor', () => {
  it('deletes an organisation after a confirmation, with the version read', async () => {
    signIn(['ADMIN'], null);
    const un = { id: 'un', version: 7, name: 'United Nations', acronym: 'UN', kind: 'INTERGOVERNMENTAL', ref: 'XM-DAC-41000', aliases: [], parent: null };
    const fetch = mockFetchByOperation({
      ActorForEdit: { data: { actor: un } },
      DeleteActor: {
        data: null,
        errors: [{ message: '12 other records refer to actor "un"; remove those references first', extensions: { code: 'CONFLICT', field: 'id' } }],
      },
    });
    renderAt('/edit/actor/un');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Delete organisation' }));
    await user.click(screen.getByRole('button', { name: 'Delete “UN”' }));
    // Still referred to: the API's refusal is shown, and nothing is offered as a conflict to resolve.
    expect(await screen.findByRole('alert')).toHaveTextContent('12 other records refer to actor "un"');
    expect(operations(fetch).find((o) => o.name === 'DeleteActor')?.variables).toEqual({ id: 'un', version: 7 });
  });

  it('is read-only to officers: only administrators change organisations', async () => {
    signIn(['OFFICER']);
    mockFetchByOperation({
      ActorForEdit: { data: { actor: { id: 'un', version: 7, name: 'United Nations', acronym: 'UN', kind: 'INTERGOVERNMENTAL', ref: null, aliases: [], parent: null } } },
    });
    renderAt('/edit/actor/un');
    expect(await screen.findByText('Only administrators create and change organisations.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete organisation' })).toBeDisabled();
  });
});
