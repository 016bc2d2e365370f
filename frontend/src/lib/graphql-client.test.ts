import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
// Two of the app's operations, from the generated documents (shared code imports no feature).
import { LoginDocument as LoginMutation, MissionsAtDocument as MissionsAtQueryDocument } from '@/gql/graphql';
import { mockFetch, mockFetchByOperation, operations } from '@/test/fetch-mock';
import { ApiError, isMutation, onWrite, request } from './graphql-client';
import { getSession, resetSessionForTests, setSession } from './session';

const session = {
  accessToken: 'tok-1',
  refreshToken: 'ref-1',
  expiresAt: '2030-01-01T00:00:00Z',
  account: { email: 'a@example.org', roles: ['OFFICER'] },
};

beforeEach(() => resetSessionForTests());
afterEach(() => vi.unstubAllGlobals());

describe('request', () => {
  it('posts the operation as JSON with the bearer token and returns data', async () => {
    setSession(session);
    const fetch = mockFetch({ data: { missions: { totalCount: 0, edges: [] } } });
    const data = await request(MissionsAtQueryDocument, { date: '2005-07-01' });
    expect(data.missions.totalCount).toBe(0);
    const [url, init] = fetch.mock.calls[0];
    expect(url).toBe('/graphql');
    expect(init?.method).toBe('POST');
    expect((init?.headers as Record<string, string>).Authorization).toBe('Bearer tok-1');
    const body = JSON.parse(init?.body as string);
    expect(body.query).toContain('query MissionsAt');
    expect(body.variables).toEqual({ date: '2005-07-01' });
  });

  it('sends no Authorization header anonymously', async () => {
    const fetch = mockFetch({ data: { missions: { totalCount: 0, edges: [] } } });
    await request(MissionsAtQueryDocument, { date: '2005-07-01' });
    expect((fetch.mock.calls[0][1]?.headers as Record<string, string>).Authorization).toBeUndefined();
  });

  it('turns GraphQL errors into an ApiError with code and field', async () => {
    mockFetch({
      data: null,
      errors: [
        {
          message: 'input.start: not a date',
          path: ['createMission'],
          extensions: {
            code: 'BAD_USER_INPUT',
            field: 'input.start',
            errors: [
              { field: 'input.start', message: 'not a date', code: 'BAD_USER_INPUT' },
              { field: 'input.end', message: 'before start', code: 'BAD_USER_INPUT' },
            ],
          },
        },
      ],
    });
    const err = await request(MissionsAtQueryDocument, { date: 'x' }).catch((e) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err.code).toBe('BAD_USER_INPUT');
    expect(err.field).toBe('input.start');
    expect(err.message).toBe('input.start: not a date');
    expect(err.fieldErrors.map((f: { field: string }) => f.field)).toEqual(['input.start', 'input.end']);
  });

  it('defaults a code-less error to INTERNAL', async () => {
    mockFetch({ errors: [{ message: 'boom' }] });
    const err = await request(MissionsAtQueryDocument, { date: '2000-01-01' }).catch((e) => e);
    expect(err.code).toBe('INTERNAL');
    expect(err.field).toBeUndefined();
  });

  it('signs out on a 401', async () => {
    setSession(session);
    mockFetch({ errors: [{ message: 'token too long', extensions: { code: 'UNAUTHENTICATED' } }] }, 401);
    const err = await request(MissionsAtQueryDocument, { date: '2000-01-01' }).catch((e) => e);
    expect(err.code).toBe('UNAUTHENTICATED');
    expect(err.status).toBe(401);
    expect(getSession()).toBeNull();
    expect(sessionStorage.getItem('concord.session')).toBeNull();
  });

  it('signs out when the API refuses the token it was sent', async () => {
    setSession(session);
    mockFetch({ errors: [{ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(request(MissionsAtQueryDocument, { date: '2000-01-01' })).rejects.toThrow('token expired');
    expect(getSession()).toBeNull();
  });

  it('keeps the session on other errors', async () => {
    setSession(session);
    mockFetch({ errors: [{ message: 'no', extensions: { code: 'FORBIDDEN' } }] });
    await expect(request(MissionsAtQueryDocument, { date: '2000-01-01' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(getSession()?.accessToken).toBe('tok-1');
  });

  it('maps an unreachable API to NETWORK and a non-JSON failure to HTTP', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    await expect(request(LoginMutation, { email: 'a', password: 'b' })).rejects.toMatchObject({ code: 'NETWORK' });
    mockFetch('<html>bad gateway</html>', 502);
    await expect(request(LoginMutation, { email: 'a', password: 'b' })).rejects.toMatchObject({
      code: 'HTTP',
      status: 502,
    });
  });
});

describe('session renewal', () => {
  const missions = { data: { missions: { totalCount: 0, edges: [] } } };
  const renewed = { data: { refresh: { accessToken: 'tok-2', refreshToken: 'ref-2', expiresAt: '2030-01-01T00:15:00Z' } } };
  const expired = { errors: [{ message: 'token expired', extensions: { code: 'UNAUTHENTICATED' } }] };

  /** Answers MissionsAt as the API would: refused for tok-1, served for tok-2. */
  function api(refresh: object = renewed) {
    return vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      const { query } = JSON.parse(init?.body as string) as { query: string };
      const auth = (init?.headers as Record<string, string>).Authorization;
      const body = query.includes('RefreshSession') ? refresh : auth === 'Bearer tok-2' ? missions : expired;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    });
  }

  it('renews a refused token once and retries the request with the new one', async () => {
    setSession(session);
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    const data = await request(MissionsAtQueryDocument, { date: '2005-07-01' });
    expect(data.missions.totalCount).toBe(0);
    expect(operations(fetch).map((o) => o.name)).toEqual(['MissionsAt', 'RefreshSession', 'MissionsAt']);
    expect(operations(fetch)[1].variables).toEqual({ refreshToken: 'ref-1' });
    expect(getSession()).toMatchObject({ accessToken: 'tok-2', refreshToken: 'ref-2', account: session.account });
  });

  it('spends the refresh token once for concurrent requests', async () => {
    setSession(session);
    const fetch = api();
    vi.stubGlobal('fetch', fetch);
    await Promise.all([1, 2, 3].map(() => request(MissionsAtQueryDocument, { date: '2005-07-01' })));
    expect(operations(fetch).filter((o) => o.name === 'RefreshSession')).toHaveLength(1);
  });

  it('signs out when the refresh token is refused too', async () => {
    setSession(session);
    vi.stubGlobal('fetch', api(expired));
    await expect(request(MissionsAtQueryDocument, { date: '2005-07-01' })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(getSession()).toBeNull();
  });

  it('renews before a request when the access token is about to expire', async () => {
    setSession({ ...session, expiresAt: new Date(Date.now() + 5_000).toISOString() });
    const fetch = mockFetchByOperation({ RefreshSession: renewed, MissionsAt: missions });
    await request(MissionsAtQueryDocument, { date: '2005-07-01' });
    expect(operations(fetch).map((o) => o.name)).toEqual(['RefreshSession', 'MissionsAt']);
    expect((fetch.mock.calls[1][1]?.headers as Record<string, string>).Authorization).toBe('Bearer tok-2');
  });

  it('never renews an anonymous request', async () => {
    const fetch = mockFetchByOperation({ MissionsAt: missions });
    await request(MissionsAtQueryDocument, { date: '2005-07-01' });
    expect(operations(fetch).map((o) => o.name)).toEqual(['MissionsAt']);
  });
});

describe('writes', () => {
  it('tells onWrite listeners of a successful mutation, not of a query or a failed mutation', async () => {
    const heard = vi.fn();
    const stop = onWrite(heard);
    mockFetch({ data: { missions: { totalCount: 0, edges: [] } } });
    await request(MissionsAtQueryDocument, { date: '2005-07-01' });
    expect(heard).not.toHaveBeenCalled();
    mockFetch({ errors: [{ message: 'wrong password', extensions: { code: 'UNAUTHENTICATED' } }] });
    await request(LoginMutation, { email: 'a', password: 'b' }).catch(() => undefined);
    expect(heard).not.toHaveBeenCalled();
    mockFetch({ data: { login: { accessToken: 't', refreshToken: 'r', expiresAt: '2030-01-01T00:00:00Z', account: session.account } } });
    await request(LoginMutation, { email: 'a', password: 'b' });
    expect(heard).toHaveBeenCalledTimes(1);
    stop();
  });

  it.each([
    ['mutation Save { a }', true],
    ['\n  mutation Save($x: ID!) { a }', true],
    ['# a comment\nmutation Save { a }', true],
    ['query Missions { mutationCount }', false],
    ['{ mutation }', false],
    ['subscription S { mutation }', false],
  ])('isMutation(%j) is %s', (query, want) => {
    expect(isMutation(query)).toBe(want);
  });
});
