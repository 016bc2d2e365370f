import { useId, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { LoadFailure } from '@/components/load-failure';
import { isAdmin } from '@/lib/roles';
import { useSession } from '@/lib/session';
import { useQuery } from '@/lib/use-query';
import { AccountsDocument } from '../api/accounts';
import type { AccountRecord } from '../utils/account-values';
import { AccountForm } from './account-form';
import '@/components/form/form.css';
import './accounts.css';

/** Accounts are for administrators; everyone else is told so (the API refuses them too). */
export function AccountsPage() {
  const session = useSession();
  const { pathname } = useLocation();
  if (isAdmin(session)) return <AccountAdministration ownEmail={session?.account.email ?? ''} />;
  return (
    <section className="editor">
      <h1>Accounts</h1>
      {session ? (
        <p>Only administrators manage accounts; yours ({session.account.roles.join(', ').toLowerCase() || 'no role'}) does not.</p>
      ) : (
        <p>
          Accounts are managed by administrators. <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>Sign in</Link>{' '}
          as one to manage them.
        </p>
      )}
    </section>
  );
}

type Editing = { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; account: AccountRecord };

function AccountAdministration({ ownEmail }: { ownEmail: string }) {
  const id = useId();
  const q = useQuery(AccountsDocument, { after: null });
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const accounts = q.data?.accounts.edges.map((e) => e.node) ?? [];

  function done(message: string) {
    setEditing({ kind: 'none' });
    setStatus(message);
    q.refetch();
    heading.current?.focus();
  }

  return (
    <article className="editor accounts">
      <h1 ref={heading} tabIndex={-1}>
        Accounts
      </h1>
      <p role="status" className="saved">
        {status}
      </p>
      {editing.kind === 'none' && (
        <p>
          <button type="button" onClick={() => setEditing({ kind: 'new' })}>
            New account
          </button>
        </p>
      )}
      {editing.kind !== 'none' && (
        <AccountForm
          key={editing.kind === 'edit' ? `${editing.account.id}@${editing.account.version}` : 'new'}
          account={editing.kind === 'edit' ? editing.account : undefined}
          own={editing.kind === 'edit' && editing.account.email === ownEmail}
          onDone={done}
          onCancel={() => {
            setEditing({ kind: 'none' });
            q.refetch();
          }}
        />
      )}
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>
          All accounts{q.status === 'success' && ` (${q.data.accounts.totalCount})`}
        </h2>
        {q.status === 'loading' && <p role="status">Loading the accounts…</p>}
        {q.status === 'error' && <LoadFailure what="the accounts" error={q.error} retry={q.refetch} />}
        {q.status === 'success' && (
          <table className="accounts-table">
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Roles</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} className={a.disabled ? 'disabled' : undefined}>
                  <th scope="row">{a.email}</th>
                  <td>{a.name ?? '—'}</td>
                  <td>{a.org?.name ?? '—'}</td>
                  <td>{a.roles.join(', ').toLowerCase() || 'none'}</td>
                  <td>{a.disabled ? 'Disabled' : 'Active'}</td>
                  <td>
                    <button type="button" aria-label={`Edit ${a.email}`} onClick={() => setEditing({ kind: 'edit', account: a })}>
                      Edit
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {q.status === 'success' && q.data.accounts.pageInfo.hasNextPage && (
          <p className="hint">The first {accounts.length} accounts are shown.</p>
        )}
      </section>
    </article>
  );
}
