import type { FunctionCode } from '@/gql/graphql';

export type FragmentationCell = {
  country: string;
  countryName: string;
  function: FunctionCode;
  functionName: string;
  /** The function's parent, so that a filter on it keeps the cell. */
  parent?: FunctionCode;
};

type ActivityLike = {
  countries: { code: string; name: string }[];
  functions: { code: FunctionCode; name: string; parent?: { code: FunctionCode } | null }[];
};

/** Every country × function the activities work on, once each, by country name then function name. */
export function fragmentationCells(activities: ActivityLike[]): FragmentationCell[] {
  const cells = new Map<string, FragmentationCell>();
  for (const a of activities) {
    for (const c of a.countries) {
      for (const f of a.functions) {
        cells.set(`${c.code}|${f.code}`, {
          country: c.code,
          countryName: c.name,
          function: f.code,
          functionName: f.name,
          ...(f.parent ? { parent: f.parent.code } : {}),
        });
      }
    }
  }
  return [...cells.values()].sort(
    (x, y) => x.countryName.localeCompare(y.countryName) || x.functionName.localeCompare(y.functionName),
  );
}
