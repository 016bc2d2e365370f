import { useSession } from '@/lib/session';
import { logout } from '../api/login';
import { SignInLink } from './sign-in-link';

/** Who is signed in, with a sign-out button; or, anonymously, a sign-in link. */
export function SessionMenu() {
  const session = useSession();
  if (!session) {
    return (
      <span className="session">
        Browsing public data anonymously · <SignInLink />
      </span>
    );
  }
  const { account } = session;
  return (
    <span className="session">
      {account.email}
      {account.org && ` (${account.org.name})`} · {account.roles.join(', ').toLowerCase()}{' '}
      <button type="button" onClick={() => void logout()}>
        Sign out
      </button>
    </span>
  );
}
