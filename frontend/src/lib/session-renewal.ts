// Renews the session with its refresh token before the access token runs out, or when the API
// refuses it. Refresh tokens rotate and the API revokes a whole family when one is presented
// twice, so concurrent requests share one renewal instead of each spending the token.
import { graphql } from '@/gql';
import { getSession, setSession } from './session';

export const RefreshSessionMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refresh(refreshToken: $refreshToken) {
      accessToken
      refreshToken
      expiresAt
    }
  }
`);

/** Renew this long before the access token expires, so a request never races its expiry. */
export const RENEW_MARGIN_MS = 30_000;

let renewing: Promise<boolean> | null = null;

/** Whether the session's access token expires within the margin (or has expired). */
export function expiresSoon(now = Date.now()): boolean {
  const s = getSession();
  if (!s) return false;
  const at = Date.parse(s.expiresAt);
  return Number.isFinite(at) && at - now < RENEW_MARGIN_MS;
}

/**
 * Exchanges the refresh token for a new session; true when the session was renewed. Calls made
 * while one renewal runs share it.
 */
export function renewSession(doFetch: typeof fetch, endpoint: string): Promise<boolean> {
  const s = getSession();
  if (!s) return Promise.resolve(false);
  renewing ??= (async () => {
    try {
      const res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query: RefreshSessionMutation.toString(), variables: { refreshToken: s.refreshToken } }),
      });
      const body = (await res.json()) as { data?: { refresh?: { accessToken: string; refreshToken: string; expiresAt: string } } };
      const next = body?.data?.refresh;
      if (!next) return false;
      // Signed out (or in as someone else) meanwhile: leave that session alone.
      if (getSession()?.refreshToken !== s.refreshToken) return false;
      setSession({ ...s, accessToken: next.accessToken, refreshToken: next.refreshToken, expiresAt: next.expiresAt });
      return true;
    } catch {
      return false;
    } finally {
      renewing = null;
    }
  })();
  return renewing;
}
