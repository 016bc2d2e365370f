// The one way the app talks to the Concord API: POST JSON to /graphql with the bearer token,
// GraphQL errors turned into a typed ApiError (code, field). The session is renewed with its
// refresh token before the access token expires and once when the API refuses it; a token that
// stays refused signs the user out.
import type { TypedDocumentString } from '@/gql/graphql';
import { getAccessToken, signOut } from './session';
import { expiresSoon, renewSession } from './session-renewal';

export const GRAPHQL_ENDPOINT = '/graphql';

/** Codes the API puts in extensions.code (see error.go). */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAVAILABLE'
  | 'INTERNAL'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'GRAPHQL_PARSE_FAILED'
  | 'NETWORK'
  | 'HTTP'
  | (string & {});

export type FieldError = { field: string; message: string; code: ErrorCode };

export type GraphQLErrorPayload = {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; errors?: FieldError[] } & Record<string, unknown>;
};

/** An error of one request: the first GraphQL error's code, field and message, and all of them. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;
  readonly status?: number;
  readonly errors: GraphQLErrorPayload[];
  readonly fieldErrors: FieldError[];

  constructor(opts: {
    message: string;
    code: ErrorCode;
    field?: string;
    status?: number;
    errors?: GraphQLErrorPayload[];
    fieldErrors?: FieldError[];
  }) {
    super(opts.message);
    this.name = 'ApiError';
    this.code = opts.code;
    this.field = opts.field || undefined;
    this.status = opts.status;
    this.errors = opts.errors ?? [];
    this.fieldErrors = opts.fieldErrors ?? [];
  }

  static fromGraphQL(errors: GraphQLErrorPayload[], status?: number): ApiError {
    const first = errors[0];
    const ext = first?.extensions ?? {};
    const fieldErrors =
      ext.errors ??
      (ext.field ? [{ field: ext.field, message: first.message, code: ext.code ?? 'INTERNAL' }] : []);
    return new ApiError({
      message: first?.message ?? 'Unknown error',
      code: (ext.code as ErrorCode | undefined) ?? 'INTERNAL',
      field: ext.field,
      status,
      errors,
      fieldErrors,
    });
  }
}

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

type Options = { signal?: AbortSignal; fetch?: typeof fetch };

type Answer<TResult> = {
  res: Response;
  body: { data?: TResult | null; errors?: GraphQLErrorPayload[] } | undefined;
  token: string | null;
};

async function send<TResult>(doFetch: typeof fetch, query: string, variables: unknown, signal?: AbortSignal): Promise<Answer<TResult>> {
  const token = getAccessToken();
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/json',
  };
  if (token) headers.Authorization = `Bearer ${token}`;

  let res: Response;
  try {
    res = await doFetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables: variables ?? {} }),
      signal,
    });
  } catch (e) {
    if ((e as Error)?.name === 'AbortError') throw e;
    throw new ApiError({ message: 'The Concord API cannot be reached.', code: 'NETWORK' });
  }
  let body: Answer<TResult>['body'];
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  return { res, body, token };
}

/** A token the API refuses: expired, revoked. A failed login sends no token, so it is not one. */
function refused(a: Answer<unknown>): boolean {
  return a.token != null && (a.res.status === 401 || (a.body?.errors ?? []).some((e) => e.extensions?.code === 'UNAUTHENTICATED'));
}

export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables, opts]: TVariables extends Record<string, never>
    ? [variables?: TVariables, opts?: Options]
    : [variables: TVariables, opts?: Options]
): Promise<TResult> {
  const doFetch = opts?.fetch ?? globalThis.fetch;
  const query = document.toString();
  if (expiresSoon()) await renewSession(doFetch, GRAPHQL_ENDPOINT);
  let answer = await send<TResult>(doFetch, query, variables, opts?.signal);
  if (refused(answer) && (await renewSession(doFetch, GRAPHQL_ENDPOINT))) {
    answer = await send<TResult>(doFetch, query, variables, opts?.signal);
  }
  const { res, body } = answer;
  const errors = body?.errors ?? [];
  if (refused(answer)) {
    signOut();
    throw errors.length
      ? ApiError.fromGraphQL(errors, res.status)
      : new ApiError({ message: 'Your session has ended; sign in again.', code: 'UNAUTHENTICATED', status: 401 });
  }
  if (errors.length) throw ApiError.fromGraphQL(errors, res.status);
  if (!res.ok || !body || body.data == null) {
    throw new ApiError({
      message: `The Concord API answered ${res.status} ${res.statusText}`.trim(),
      code: 'HTTP',
      status: res.status,
    });
  }
  if (isMutation(query)) writeListeners.forEach((l) => l());
  return body.data;
}

const writeListeners = new Set<() => void>();

/**
 * Calls l after every successful mutation sent through request(), so that whatever keeps
 * answers (the query cache) learns of every write without each caller remembering to say so.
 */
export function onWrite(l: () => void): () => void {
  writeListeners.add(l);
  return () => {
    writeListeners.delete(l);
  };
}

/** Whether a document's first operation is a mutation (codegen writes the keyword first). */
export function isMutation(query: string): boolean {
  return /^\s*(#[^\n]*\n\s*)*mutation\b/.test(query);
}
