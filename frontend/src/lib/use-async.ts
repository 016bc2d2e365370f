// Like useQuery, for work that takes more than one request (paging through a list, one request
// per country), through the same cache. The key names the work and everything it depends on,
// e.g. ['funded-activities', orgId]: two callers with the same key share one result.
import { useQuery as useCachedQuery } from '@tanstack/react-query';
import { queryClient, viewerKey } from './query-client';
import { toQueryResult, type QueryResult } from './use-query';

export function useAsync<T>(
  load: (signal: AbortSignal) => Promise<T>,
  key: readonly [string, ...unknown[]],
  opts: { skip?: boolean } = {},
): QueryResult<T> {
  const result = useCachedQuery(
    {
      queryKey: ['async', ...key, viewerKey()],
      queryFn: ({ signal }) => load(signal),
      enabled: !opts.skip,
    },
    queryClient,
  );
  return toQueryResult(result);
}
