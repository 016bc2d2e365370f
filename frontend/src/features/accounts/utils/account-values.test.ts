import { describe, expect, it } from 'vitest';
import { accountValues, blankAccount, createAccountInput, updateAccountInput, type AccountRecord } from './account-values';

const officer: AccountRecord = {
  id: 'acct-1',
  email: 'officer@eu.example',
  name: 'Ana',
  org: { id: 'eu', name: 'European Union' },
  roles: ['OFFICER'],
  disabled: false,
  version: 2,
};

describe('createAccountInput', () => {
  it('trims, leaves blank name and organisation out, and orders roles', () => {
    expect(createAccountInput({ ...blankAccount(), email: ' a@b.example ', roles: ['OFFICER', 'ADMIN'], password: 'pw' })).toEqual({
      email: 'a@b.example',
      name: null,
      org: null,
      roles: ['ADMIN', 'OFFICER'],
      password: 'pw',
    });
  });
});

describe('updateAccountInput', () => {
  const before = accountValues(officer);
  it.each([
    ['nothing changed', before, null],
    ['disabled', { ...before, disabled: true }, { disabled: true }],
    ['a new password', { ...before, password: 'new secret' }, { password: 'new secret' }],
    ['roles, in any order', { ...before, roles: ['DONOR', 'OFFICER'] as const }, { roles: ['OFFICER', 'DONOR'] }],
    ['the organisation', { ...before, org: 'osce' }, { org: 'osce' }],
  ])('%s', (_, after, want) => {
    expect(updateAccountInput(before, { ...after, roles: [...after.roles] })).toEqual(want);
  });
});
