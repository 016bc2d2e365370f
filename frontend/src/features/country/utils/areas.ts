// Sources name an area by its name and its code alike ("Fayzabad", "AF1701"): a reader wants
// the names.

/** A code such as AF1701: one word with a digit. */
export const isAreaCode = (s: string) => !/\s/.test(s) && /\d/.test(s);

/** The names among areas, or the codes when no name is given. */
export function readableAreas(areas: readonly string[]): string[] {
  const names = areas.filter((a) => !isAreaCode(a));
  return names.length ? names : [...areas];
}
