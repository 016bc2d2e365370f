import { vi } from 'vitest';

/** Replaces global fetch with one answering `body` (JSON) with `status`; returns the mock. */
export function mockFetch(body: unknown, status = 200) {
  const fn = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  vi.stubGlobal('fetch', fn);
  return fn;
}

type Answer = object | ((variables: Record<string, unknown>) => unknown);

/**
 * Replaces global fetch with one answering each GraphQL operation by its name: `answers[name]`,
 * or, when that is a function, what it returns for the request's variables. Returns the mock;
 * `operations(mock)` lists the names and variables it was called with.
 */
export function mockFetchByOperation(answers: Record<string, Answer>) {
  const fn = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
    const { query, variables } = JSON.parse(init?.body as string) as { query: string; variables: Record<string, unknown> };
    const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '';
    const answer = answers[name] ?? { errors: [{ message: `the test has no answer for ${name}` }] };
    const body = typeof answer === 'function' ? answer(variables) : answer;
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fn);
  return fn;
}

/** The operations a fetch mock was called with, in order. */
export function operations(fetch: ReturnType<typeof vi.fn>): { name: string; variables: Record<string, unknown> }[] {
  return fetch.mock.calls.map((call) => {
    const { query, variables } = JSON.parse((call[1] as RequestInit).body as string);
    return { name: /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? '', variables };
  });
}
