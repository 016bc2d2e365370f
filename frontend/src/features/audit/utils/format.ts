const amountFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** An amount with its currency, such as "1,250,000 USD"; without a currency, the number alone. */
export function formatAmount(amount: number, currency?: string | null): string {
  const n = amountFormat.format(amount);
  return currency ? `${n} ${currency}` : n;
}

export function formatShare(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A period whose ends may be unknown (null start) or open (null end). */
export function formatPeriod(from?: string | null, to?: string | null): string {
  return `${from ?? 'unknown'} – ${to ?? 'ongoing'}`;
}

export function actorLabel(a: { name: string; acronym?: string | null }): string {
  return a.acronym || a.name;
}
