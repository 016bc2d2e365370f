import { Link, useLocation } from 'react-router';
import { signInPath } from '../utils/next-path';

/** A link to sign in that comes back to the page it is on. */
export function SignInLink({ children = 'Sign in' }: { children?: string }) {
  const { pathname, search, hash } = useLocation();
  return <Link to={signInPath(pathname + search + hash)}>{children}</Link>;
}
