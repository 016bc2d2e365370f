// A small data hook over request(): loading, error and data, refetched when variables change.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError, request } from './graphql-client';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'success'; data: T; error?: undefined };

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  opts: { skip?: boolean } = {},
): QueryState<TResult> & { refetch: () => void } {
  const [state, setState] = useState<QueryState<TResult>>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);
  const key = JSON.stringify(variables);
  const docRef = useRef(document);
  docRef.current = document;

  useEffect(() => {
    if (opts.skip) return;
    const ctl = new AbortController();
    setState({ status: 'loading' });
    const vars = JSON.parse(key) as TVariables;
    (request as (d: typeof document, v: TVariables, o: { signal: AbortSignal }) => Promise<TResult>)(
      docRef.current,
      vars,
      { signal: ctl.signal },
    ).then(
      (data) => !ctl.signal.aborted && setState({ status: 'success', data }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        const err = e instanceof ApiError ? e : new ApiError({ message: String(e), code: 'INTERNAL' });
        setState({ status: 'error', error: err });
      },
    );
    return () => ctl.abort();
  }, [key, nonce, opts.skip]);

  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, refetch };
}
