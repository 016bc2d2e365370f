import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionMenu } from '@/features/auth/components/session-menu';
import { resetSessionForTests } from '@/lib/session';
import { mockFetchByOperation } from '@/test/fetch-mock';
import { SignInRoute } from './sign-in';

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

const signedIn = {
  data: {
    login: {
      accessToken: 'a',
      refreshToken: 'r',
      expiresAt: '2030-01-01T00:00:00Z',
      account: { email: 'o@example.org', roles: ['OFFICER'], org: null },
    },
  },
};

function renderAt(path: string) {
  const router = createMemoryRouter(
    [
      { path: '/sign-in', element: <SignInRoute /> },
      { path: '*', element: <SessionMenu /> },
    ],
    { initialEntries: [path] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

async function signIn() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText('Email'), 'o@example.org');
  await user.type(screen.getByLabelText('Password'), 'secret');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('signing in returns to the page the user came from', () => {
  it('from the sign-in link of any page, query included', async () => {
    mockFetchByOperation({ Login: signedIn });
    const router = renderAt('/country/XKX?at=2010-06-01');
    await userEvent.click(screen.getByRole('link', { name: 'Sign in' }));
    expect(router.state.location.search).toBe('?next=%2Fcountry%2FXKX%3Fat%3D2010-06-01');
    await signIn();
    await vi.waitFor(() => expect(router.state.location.pathname).toBe('/country/XKX'));
    expect(router.state.location.search).toBe('?at=2010-06-01');
  });

  it.each([
    ['/sign-in?next=https%3A%2F%2Fevil.example%2F', '/'],
    ['/sign-in?next=%2F%2Fevil.example', '/'],
    ['/sign-in', '/'],
    ['/sign-in?next=%2Faudit', '/audit'],
  ])('%s → %s (only paths of this site)', async (path, want) => {
    mockFetchByOperation({ Login: signedIn });
    const router = renderAt(path);
    await signIn();
    await vi.waitFor(() => expect(router.state.location.pathname).toBe(want));
  });
});
