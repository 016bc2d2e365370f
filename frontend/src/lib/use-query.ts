// useQuery: one GraphQL operation through the app's query cache (see query-client.ts), as
// loading, error or success. Two components asking the same operation with the same variables
// share one request and one result; a write elsewhere makes it read again.
import { useQuery as useCachedQuery, type UseQueryResult } from '@tanstack/react-query';
import type { TypedDocumentString } from '@/gql/graphql';
import { ApiError, request } from './graphql-client';
import { queryClient, viewerKey } from './query-client';

export type QueryState<T> =
  | { status: 'loading'; data?: undefined; error?: undefined }
  | { status: 'error'; data?: undefined; error: ApiError }
  | { status: 'success'; data: T; error?: undefined };

export type QueryResult<T> = QueryState<T> & { refetch: () => void };

export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  opts: { skip?: boolean } = {},
): QueryResult<TResult> {
  const result = useCachedQuery(
    {
      // The document's text identifies the operation; the viewer keeps sessions apart.
      queryKey: ['graphql', document.toString(), variables, viewerKey()],
      queryFn: ({ signal }) =>
        (request as (d: typeof document, v: TVariables, o: { signal: AbortSignal }) => Promise<TResult>)(
          document,
          variables,
          { signal },
        ),
      enabled: !opts.skip,
    },
    queryClient,
  );
  return toQueryResult(result);
}

/** Maps TanStack's result onto the app's three states; a skipped query stays loading. */
export function toQueryResult<T>(result: UseQueryResult<T, Error>): QueryResult<T> {
  const refetch = () => void result.refetch();
  if (result.status === 'success') return { status: 'success', data: result.data, refetch };
  if (result.status === 'error') return { status: 'error', error: asApiError(result.error), refetch };
  return { status: 'loading', refetch };
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError({ message: String(e), code: 'INTERNAL' });
}
