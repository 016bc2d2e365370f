import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getSession, resetSessionForTests } from '@/lib/session';
import { mockFetch } from '@/test/fetch-mock';
import { SignInForm } from './sign-in-form';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

async function fillAndSubmit() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'officer@example.org');
  await user.type(screen.getByLabelText('Password'), 'wrong password');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInForm', () => {
  it("shows the API's error and stays signed out", async () => {
    const fetch = mockFetch({
      data: null,
      errors: [{ message: 'wrong email or password', path: ['login'], extensions: { code: 'UNAUTHENTICATED' } }],
    });
    const onSignedIn = vi.fn();
    render(<SignInForm onSignedIn={onSignedIn} />);
    await fillAndSubmit();
    expect(await screen.findByRole('alert')).toHaveTextContent('wrong email or password');
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(getSession()).toBeNull();
    const body = JSON.parse(fetch.mock.calls[0][1]?.body as string);
    expect(body.variables).toEqual({ email: 'officer@example.org', password: 'wrong password' });
  });

  it('keeps the session in memory and sessionStorage on success', async () => {
    mockFetch({
      data: {
        login: {
          accessToken: 'access',
          refreshToken: 'refresh',
          expiresAt: '2030-01-01T00:00:00Z',
          account: { email: 'officer@example.org', roles: ['OFFICER'], org: { id: 'eu', name: 'European Union' } },
        },
      },
    });
    const onSignedIn = vi.fn();
    render(<SignInForm onSignedIn={onSignedIn} />);
    await fillAndSubmit();
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled());
    expect(getSession()?.accessToken).toBe('access');
    expect(JSON.parse(sessionStorage.getItem('concord.session')!).account.org.name).toBe('European Union');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
