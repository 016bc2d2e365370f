// The function and region filters need facts the network does not carry (which missions work on
// a function, which are deployed in a region): these ask the API for them, as sets of network ids.
import { useEffect, useMemo, useState } from 'react';
import { graphql } from '@/gql';
import type { FunctionCode } from '@/gql/graphql';
import { ApiError, request } from '@/lib/graphql-client';
import { useQuery } from '@/lib/use-query';

export type Members =
  | { status: 'off' }
  | { status: 'loading' }
  | { status: 'error'; error: ApiError }
  | { status: 'ready'; ids: ReadonlySet<string> };

const RegionMembersQuery = graphql(`
  query NetworkRegionMembers($code: ID!) {
    region(code: $code) {
      countries {
        code
        missions {
          id
        }
        activities {
          id
        }
      }
    }
  }
`);

const FunctionMembersQuery = graphql(`
  query NetworkFunctionMembers(
    $function: FunctionCode!
    $missionsAfter: String
    $activitiesAfter: String
    $withMissions: Boolean!
    $withActivities: Boolean!
  ) {
    missions(filter: { function: $function }, first: 500, after: $missionsAfter) @include(if: $withMissions) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
    activities(filter: { function: $function }, first: 500, after: $activitiesAfter) @include(if: $withActivities) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** The countries of a region (at any M49 level), and the missions and activities in them. */
export function useRegionMembers(code: string | undefined): Members {
  const q = useQuery(RegionMembersQuery, { code: code ?? '' }, { skip: !code });
  return useMemo((): Members => {
    if (!code) return { status: 'off' };
    if (q.status !== 'success') return q.status === 'error' ? { status: 'error', error: q.error } : { status: 'loading' };
    const ids = new Set<string>();
    for (const c of q.data.region?.countries ?? []) {
      ids.add(`country:${c.code}`);
      for (const m of c.missions) ids.add(`mission:${m.id}`);
      for (const a of c.activities) ids.add(`activity:${a.id}`);
    }
    return { status: 'ready', ids };
  }, [code, q.status, q.data, q.error]);
}

/** Every mission and activity working on a function, page by page (500 a page, the API's most). */
export async function fetchFunctionMembers(code: FunctionCode, signal: AbortSignal): Promise<Set<string>> {
  const ids = new Set<string>();
  let missions = { more: true, after: null as string | null | undefined };
  let activities = { more: true, after: null as string | null | undefined };
  while (missions.more || activities.more) {
    const page = await request(
      FunctionMembersQuery,
      {
        function: code,
        missionsAfter: missions.after,
        activitiesAfter: activities.after,
        withMissions: missions.more,
        withActivities: activities.more,
      },
      { signal },
    );
    if (page.missions) {
      for (const e of page.missions.edges) ids.add(`mission:${e.node.id}`);
      missions = { more: page.missions.pageInfo.hasNextPage, after: page.missions.pageInfo.endCursor };
    }
    if (page.activities) {
      for (const e of page.activities.edges) ids.add(`activity:${e.node.id}`);
      activities = { more: page.activities.pageInfo.hasNextPage, after: page.activities.pageInfo.endCursor };
    }
  }
  return ids;
}

export function useFunctionMembers(code: FunctionCode | undefined): Members {
  const [state, setState] = useState<Members>({ status: 'off' });
  useEffect(() => {
    if (!code) {
      setState({ status: 'off' });
      return;
    }
    const ctl = new AbortController();
    setState({ status: 'loading' });
    fetchFunctionMembers(code, ctl.signal).then(
      (ids) => !ctl.signal.aborted && setState({ status: 'ready', ids }),
      (e: unknown) => {
        if (ctl.signal.aborted) return;
        setState({ status: 'error', error: e instanceof ApiError ? e : new ApiError({ message: String(e), code: 'INTERNAL' }) });
      },
    );
    return () => ctl.abort();
  }, [code]);
  return state;
}
