// Like useQuery, for work that takes more than one request (paging through a list, one request
// per country): runs load() whenever key changes, aborts the previous run, exposes the same
// loading/error/success states.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from './graphql-client';
import type { QueryState } from './use-query';

export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: string,
  opts: { skip?: boolean } = {},
): QueryState<T> & { refetch: () => void } {
  const [state, setState] = useState<QueryState<T>>({ status: 'loading' });
  const [nonce, setNonce] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (opts.skip) return;
    const ctl = new AbortController();
    setState({ status: 'loading' });
    loadRef.current(ctl.signal).then(
      (data) => !ctl.signal.aborted && setState({ status: 'success', data }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        const error = e instanceof ApiError ? e : new ApiError({ message: String(e), code: 'INTERNAL' });
        setState({ status: 'error', error });
      },
    );
    return () => ctl.abort();
  }, [key, nonce, opts.skip]);

  const refetch = useCallback(() => setNonce((n) => n + 1), []);
  return { ...state, refetch };
}
