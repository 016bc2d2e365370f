// The app's one query cache (TanStack Query). Views that ask the same question share one
// request and one result; a write marks every cached answer stale, because in a graph one
// changed mission can change a country's coverage, its overlaps, the map and the network alike,
// and naming each dependent question would be a list that silently goes out of date.
//
// What an account may see differs from what another may (confidential records, an
// organisation's own funding), so each cached answer is keyed by who asked, and the cache is
// emptied when the signed-in account changes: nothing read under one session is shown under
// another.
import { QueryClient } from '@tanstack/react-query';
import { onWrite } from './graphql-client';
import { getSession, subscribeSession } from './session';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Answers change only when someone writes; a minute saves refetching on every navigation.
      staleTime: 60_000,
      // The API's errors (bad input, forbidden, not found) do not get better by retrying, and a
      // refused token is already renewed once by the client.
      retry: false,
      refetchOnWindowFocus: false,
    },
  },
});

/** Who the cached answers were read for: the signed-in account, or nobody. */
export function viewerKey(): string {
  return getSession()?.account.email ?? 'anonymous';
}

let lastViewer: string | undefined;
subscribeSession(() => {
  const viewer = viewerKey();
  if (lastViewer !== undefined && viewer !== lastViewer) queryClient.clear();
  lastViewer = viewer;
});
lastViewer = viewerKey();

/**
 * Marks every cached answer stale: those on screen are read again at once, the others when
 * next shown. Runs after every successful mutation sent through request() (onWrite); call it
 * yourself only for a write that does not go through request().
 */
export function invalidateQueries(): Promise<void> {
  return queryClient.invalidateQueries();
}
onWrite(() => void invalidateQueries());
