import { useNavigate } from 'react-router';
import { SignInForm } from '@/features/auth/components/sign-in-form';

export function SignInRoute() {
  const navigate = useNavigate();
  return <SignInForm onSignedIn={() => navigate('/')} />;
}
