import { graphql } from '@/gql';
import type { MissionsAtQuery } from '@/gql/graphql';

export const MissionsAtQueryDocument = graphql(`
  query MissionsAt($date: Date!) {
    missions(filter: { activeAt: $date }, first: 500) {
      totalCount
      edges {
        node {
          id
          deployments {
            country {
              code
              name
            }
            from
            to
          }
        }
      }
    }
  }
`);

type MissionNode = MissionsAtQuery['missions']['edges'][number]['node'];

/** Whether a span with optional ends (both included; null: open) contains the day. */
export function spanContains(from: string | null | undefined, to: string | null | undefined, day: string) {
  return (!from || from <= day) && (!to || to >= day);
}

/**
 * The number of distinct missions present in each country (alpha-3) on the day: a mission
 * active that day counts in a country only if one of its deployments there spans the day.
 */
export function countMissionsByCountry(missions: MissionNode[], day: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of missions) {
    const seen = new Set<string>();
    for (const d of m.deployments) {
      if (!seen.has(d.country.code) && spanContains(d.from, d.to, day)) {
        seen.add(d.country.code);
        counts[d.country.code] = (counts[d.country.code] ?? 0) + 1;
      }
    }
  }
  return counts;
}

/** The API's name of each country (alpha-3) the missions are deployed in. */
export function deploymentNames(missions: MissionNode[]): Record<string, string> {
  const names: Record<string, string> = {};
  for (const m of missions) for (const d of m.deployments) names[d.country.code] = d.country.name;
  return names;
}
