import type { AccountFieldsFragment, AccountRole, CreateAccountInput, UpdateAccountInput } from '@/gql/graphql';

export type AccountRecord = AccountFieldsFragment;

export const ROLE_LABELS: Record<AccountRole, string> = {
  ADMIN: 'Administrator: everything, accounts included',
  OFFICER: "Officer: edits its organisation's records",
  DONOR: 'Donor: reads, and sees the amounts it funds',
};

export const ROLES = Object.keys(ROLE_LABELS) as AccountRole[];

export type AccountValues = {
  email: string;
  name: string;
  org: string;
  roles: AccountRole[];
  disabled: boolean;
  /** A new password; empty keeps the current one (when editing). */
  password: string;
};

export function blankAccount(): AccountValues {
  return { email: '', name: '', org: '', roles: ['OFFICER'], disabled: false, password: '' };
}

export function accountValues(a: AccountRecord): AccountValues {
  return { email: a.email, name: a.name ?? '', org: a.org?.id ?? '', roles: [...a.roles], disabled: a.disabled, password: '' };
}

export function createAccountInput(v: AccountValues): CreateAccountInput {
  return {
    email: v.email.trim(),
    name: v.name.trim() || null,
    org: v.org.trim() || null,
    roles: ROLES.filter((r) => v.roles.includes(r)),
    password: v.password,
  };
}

/** What changed since the account was read (a password only when one is typed); null when nothing did. */
export function updateAccountInput(before: AccountValues, after: AccountValues): UpdateAccountInput | null {
  const input: UpdateAccountInput = {};
  if (after.name.trim() !== before.name.trim()) input.name = after.name.trim();
  if (after.org.trim() !== before.org.trim()) input.org = after.org.trim();
  const roles = ROLES.filter((r) => after.roles.includes(r));
  if (roles.join() !== ROLES.filter((r) => before.roles.includes(r)).join()) input.roles = roles;
  if (after.disabled !== before.disabled) input.disabled = after.disabled;
  if (after.password !== '') input.password = after.password;
  return Object.keys(input).length > 0 ? input : null;
}
