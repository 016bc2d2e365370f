/** A period as people read it: "1999-06-10 – ongoing", "– 2005-12-31", "undated". */
export function formatPeriod(start?: string | null, end?: string | null, open = 'ongoing'): string {
  if (!start && !end) return 'undated';
  return `${start ?? '?'} – ${end ?? open}`;
}

/** An amount in its currency, or what is known when the amount is hidden or missing. */
export function formatMoney(amount?: number | null, currency?: string | null): string {
  if (amount == null) return 'amount not shown';
  return `${amount.toLocaleString('en-GB', { maximumFractionDigits: 0 })}${currency ? ` ${currency}` : ''}`;
}

/** IATI activity-status codes (codelist ActivityStatus). */
const ACTIVITY_STATUS: Record<string, string> = {
  '1': 'Pipeline/identification',
  '2': 'Implementation',
  '3': 'Finalisation',
  '4': 'Closed',
  '5': 'Cancelled',
  '6': 'Suspended',
};

export function activityStatus(code?: string | null): string | undefined {
  if (!code) return undefined;
  return ACTIVITY_STATUS[code] ? `${ACTIVITY_STATUS[code]} (${code})` : code;
}

/** PEACEKEEPING → peacekeeping, TRAINING_SUPPORT → training support. */
export function humanise(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}
