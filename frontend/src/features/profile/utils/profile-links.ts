// Where a profile leads: the formats are those of the network (/network?focus=<kind>:<id>, see
// the network's network-id), the audit (/audit?org=<actor id>) and the editors (/edit/<kind>/<id>).

export type ProfileKind = 'actor' | 'mission' | 'activity';

/** The records the editors edit (actors are edited only through imports and merges). */
const EDITABLE: ProfileKind[] = ['mission', 'activity'];

export function networkPath(kind: ProfileKind | 'country', id: string): string {
  return `/network?focus=${encodeURIComponent(`${kind}:${id}`)}&depth=2`;
}

export function auditPath(actorId: string): string {
  return `/audit?org=${encodeURIComponent(actorId)}`;
}

export function editorPath(kind: ProfileKind, id: string): string {
  return `/edit/${kind}/${encodeURIComponent(id)}`;
}

export function profileLinks({ kind, id, funder, editable }: { kind: ProfileKind; id: string; funder?: boolean; editable?: boolean }) {
  const links = [{ label: 'Show in the network', href: networkPath(kind, id) }];
  if (kind === 'actor' && funder) links.push({ label: 'Funding audit', href: auditPath(id) });
  if (editable && EDITABLE.includes(kind)) links.push({ label: `Edit this ${kind}`, href: editorPath(kind, id) });
  return links;
}
