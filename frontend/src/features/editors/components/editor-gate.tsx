import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useSession } from '@/lib/session';
import { canEdit } from '@/lib/roles';

/** Editing is for officers and administrators; everyone else is told why they cannot, and what to do. */
export function EditorGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const { pathname, search } = useLocation();
  if (canEdit(session)) return children;
  return (
    <section>
      <h1>Editing records</h1>
      {session ? (
        <p>
          Your account ({session.account.roles.join(', ').toLowerCase() || 'no role'}) may read records but not change
          them: editing is open to officers, for their organisation’s records, and to administrators.
        </p>
      ) : (
        <p>
          Missions, mandates, activities, lessons and leads are edited by officers and administrators.{' '}
          <Link to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>Sign in</Link> with such an account to edit.
        </p>
      )}
    </section>
  );
}
