// Network ids are `type:id` (mission:unmik, actor:eu, country:XKX, cluster:sahel); the API
// refuses anything else, so the focus picker checks the shape before asking.

export const DEFAULT_FOCUS = 'country:XKX';

const NETWORK_ID = /^[a-z]+:[^\s:][^\s]*$/;

export function isNetworkId(value: string): boolean {
  return NETWORK_ID.test(value);
}

/** The mission or activity a network id names, as the overlaps query names subjects. */
export function subjectNetworkId(typename: 'Mission' | 'Activity', id: string): string {
  return `${typename.toLowerCase()}:${id}`;
}

/** The country code of a `country:` focus, or undefined for other focuses. */
export function focusCountry(focus: string): string | undefined {
  return focus.startsWith('country:') ? focus.slice('country:'.length).toUpperCase() : undefined;
}

/** A focus made safe for a file name: `country:XKX` → `country-XKX`. */
export function fileSlug(focus: string): string {
  return focus.replace(/[^A-Za-z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '') || 'network';
}
