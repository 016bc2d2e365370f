import { useNavigate, useSearchParams } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';
import { safeNextPath } from '@/features/auth/utils/next-path';

/** /sign-in?next=/edit/mission/eulex: back to where the user came from once signed in. */
export function SignInRoute() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  return <SignInForm onSignedIn={() => navigate(next, { replace: true })} />;
}
