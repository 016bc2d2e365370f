import { graphql } from '@/gql';
import { request } from '@/lib/graphql-client';
import { setSession, signOut, getSession } from '@/lib/session';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      refreshToken
      expiresAt
      account {
        email
        roles
        org {
          id
          name
        }
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

/** Signs in and keeps the session; throws ApiError with the API's message on failure. */
export async function login(email: string, password: string): Promise<void> {
  const { login: s } = await request(LoginMutation, { email, password });
  setSession({
    accessToken: s.accessToken,
    refreshToken: s.refreshToken,
    expiresAt: s.expiresAt,
    account: { email: s.account.email, roles: [...s.account.roles], org: s.account.org ?? null },
  });
}

/** Revokes the refresh token (best effort) and forgets the session. */
export async function logout(): Promise<void> {
  const s = getSession();
  try {
    if (s) await request(LogoutMutation, { refreshToken: s.refreshToken });
  } catch {
    // the session is forgotten locally either way
  } finally {
    signOut();
  }
}
