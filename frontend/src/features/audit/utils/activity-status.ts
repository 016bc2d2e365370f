// IATI ActivityStatus codelist (https://iatistandard.org/en/iati-standard/203/codelists/activitystatus/):
// the API keeps the code as the file gives it; people read the name.
const STATUS_NAMES: Record<string, string> = {
  '1': 'Pipeline/identification',
  '2': 'Implementation',
  '3': 'Finalisation',
  '4': 'Closed',
  '5': 'Cancelled',
  '6': 'Suspended',
};

/** The name of an IATI activity-status code; an unknown code is shown as it is, so nothing is hidden. */
export function activityStatusName(code?: string | null): string {
  if (!code) return 'not recorded';
  return STATUS_NAMES[code.trim()] ?? `code ${code}`;
}
