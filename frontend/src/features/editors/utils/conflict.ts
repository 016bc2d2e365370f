// A save or delete refused because someone else changed the record since it was read: what
// differs between the record as it is now and the user's form, and the user's changes
// re-applied on top of it.
import { isApiError } from '@/lib/graphql-client';

/** The API's answer to a stale version: a CONFLICT on "version" (a taken id is one on input.id). */
export function isVersionConflict(e: unknown): boolean {
  return isApiError(e) && e.code === 'CONFLICT' && e.field === 'version';
}

export type DiffRow = { field: string; label: string; theirs: string; yours: string; youChanged: boolean };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A form value as a line of text: lists joined, entries' parts joined, booleans as yes/no. */
export function describeValue(v: unknown): string {
  if (v === '' || v == null) return '—';
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(describeValue).join('; ');
  if (typeof v === 'object') {
    return Object.values(v as Record<string, unknown>)
      .filter((x) => x !== '' && x != null)
      .map(describeValue)
      .join(' · ');
  }
  return String(v).replace(/\n/g, ' ⏎ ');
}

/** "succeeds" → "Succeeds", "startDate" → "Start date": a field's name when no label is given. */
export function fieldLabel(key: string, labels: Record<string, string> = {}): string {
  if (labels[key]) return labels[key];
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * The fields where the record as it is now (theirs) and the form (yours) differ, in the form's
 * order; youChanged says whether the user changed it since reading (else only they did).
 */
export function conflictRows<V extends object>(read: V, theirs: V, yours: V, labels?: Record<string, string>): DiffRow[] {
  const rows: DiffRow[] = [];
  for (const key of Object.keys(yours) as (keyof V & string)[]) {
    if (key === 'id' || same(theirs[key], yours[key])) continue;
    rows.push({
      field: key,
      label: fieldLabel(key, labels),
      theirs: describeValue(theirs[key]),
      yours: describeValue(yours[key]),
      youChanged: !same(read[key], yours[key]),
    });
  }
  return rows;
}

/** The record as it is now, with every field the user changed since reading set to the user's value. */
export function reapply<V extends object>(read: V, theirs: V, yours: V): V {
  const out = { ...theirs };
  for (const key of Object.keys(yours) as (keyof V)[]) {
    if (!same(read[key], yours[key])) out[key] = yours[key];
  }
  return out;
}
