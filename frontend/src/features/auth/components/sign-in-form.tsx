import { useId, useState, type FormEvent } from 'react';
import { isApiError } from '@/lib/graphql-client';
import { login as defaultLogin } from '../api/login';

type Props = {
  onSignedIn?: () => void;
  login?: (email: string, password: string) => Promise<void>;
};

export function SignInForm({ onSignedIn, login = defaultLogin }: Props) {
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await login(email, password);
      onSignedIn?.();
    } catch (err) {
      setError(isApiError(err) ? err.message : 'Signing in failed.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-h`} className="sign-in">
      <h1 id={`${id}-h`}>Sign in</h1>
      <label htmlFor={`${id}-email`}>Email</label>
      <input
        id={`${id}-email`}
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <label htmlFor={`${id}-password`}>Password</label>
      <input
        id={`${id}-password`}
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
