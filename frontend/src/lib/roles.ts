import type { Session } from './session';

/** Officers and administrators write; donors and anonymous visitors only read. */
export function canEdit(session: Session | null): boolean {
  const roles = session?.account.roles ?? [];
  return roles.includes('ADMIN') || roles.includes('OFFICER');
}

export function isAdmin(session: Session | null): boolean {
  return session?.account.roles.includes('ADMIN') ?? false;
}

/** The API's write rule: administrators change any record, officers those their organisation owns. */
export function mayChange(session: Session | null, ownerId: string | null | undefined): boolean {
  if (isAdmin(session)) return true;
  const org = session?.account.org?.id;
  return canEdit(session) && !!org && org === ownerId;
}
