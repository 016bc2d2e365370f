// The audit's country and function filters, kept in the address (?country=MLI&function=JUSTICE).
import type { FunctionCode } from '@/gql/graphql';

export type AuditFilters = { country: string | null; function: FunctionCode | null };

export const NO_FILTERS: AuditFilters = { country: null, function: null };

type ActivityLike = {
  countries: { code: string }[];
  functions: { code: FunctionCode; parent?: { code: FunctionCode } | null }[];
};

/**
 * Whether an activity is in the country and works on the function or one below it (as the API's
 * function filters do; functions are two levels deep).
 */
export function matchesFilters(a: ActivityLike, f: AuditFilters): boolean {
  return (
    (!f.country || a.countries.some((c) => c.code === f.country)) &&
    (!f.function || a.functions.some((fn) => fn.code === f.function || fn.parent?.code === f.function))
  );
}

/** The countries to look at: the one filtered on, if the activities reach it, else all of theirs. */
export function countriesToSearch(countryCodes: string[], f: AuditFilters): string[] {
  return f.country ? countryCodes.filter((c) => c === f.country) : countryCodes;
}
