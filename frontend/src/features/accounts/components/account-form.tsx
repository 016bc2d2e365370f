import { useId, useState, type FormEvent } from 'react';
import { FieldErrorsContext } from '@/components/form/field-errors-context';
import { FormAlert } from '@/components/form/form-alert';
import { Checkbox, TextInput } from '@/components/form/inputs';
import { RecordPicker } from '@/components/form/record-picker';
import { useFormSubmit } from '@/components/form/use-form-submit';
import { request } from '@/lib/graphql-client';
import { CreateAccountDocument, DeleteAccountDocument, UpdateAccountDocument } from '../api/accounts';
import {
  accountValues,
  blankAccount,
  createAccountInput,
  updateAccountInput,
  type AccountRecord,
  type AccountValues,
} from '../utils/account-values';
import { RoleChecks } from './role-checks';

type Props = {
  /** The account to edit; none to create one. */
  account?: AccountRecord;
  /** Called with what was done, once it is done. */
  onDone: (message: string) => void;
  onCancel: () => void;
  /** The signed-in administrator's own account may not be deleted or disabled from here. */
  own: boolean;
};

/** Creates an account, or changes one: roles, organisation, disabled, a new password; or deletes it. */
export function AccountForm({ account, onDone, onCancel, own }: Props) {
  const id = useId();
  const [values, setValues] = useState<AccountValues>(() => (account ? accountValues(account) : blankAccount()));
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [status, setStatus] = useState('');
  const { form, alert, errors, conflict, busy, submit } = useFormSubmit();
  const set = <K extends keyof AccountValues>(key: K, value: AccountValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    void submit(async () => {
      if (!account) {
        const { createAccount: a } = await request(CreateAccountDocument, { input: createAccountInput(values) });
        onDone(`Account ${a.email} created.`);
        return;
      }
      const input = updateAccountInput(accountValues(account), values);
      if (!input) {
        setStatus('Nothing has changed, so nothing was saved.');
        return;
      }
      const { updateAccount: a } = await request(UpdateAccountDocument, { id: account.id, version: account.version, input });
      onDone(`Account ${a.email} saved${input.password ? ', with its new password (its sessions are signed out)' : ''}.`);
    });
  }

  function remove() {
    if (!account) return;
    void submit(async () => {
      await request(DeleteAccountDocument, { id: account.id });
      onDone(`Account ${account.email} deleted.`);
    });
  }

  const heading = account ? `Edit account: ${account.email}` : 'New account';
  return (
    <section aria-labelledby={`${id}-h`} className="account-form">
      <h2 id={`${id}-h`}>{heading}</h2>
      <p role="status" className="saved">
        {status}
      </p>
      <FormAlert ref={alert} noun="account" messages={errors.form} conflict={conflict} onReload={onCancel} />
      <form ref={form} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`} className="editor-form">
        <FieldErrorsContext.Provider value={errors.fields}>
          <fieldset disabled={busy} className="plain-fieldset">
            {account ? (
              <p className="record-id">
                Email: <strong>{account.email}</strong> · version {account.version}
              </p>
            ) : (
              <TextInput
                name="email"
                label="Email"
                type="email"
                autoComplete="off"
                required
                value={values.email}
                onChange={(x) => set('email', x)}
              />
            )}
            <TextInput name="name" label="Name" autoComplete="off" value={values.name} onChange={(x) => set('name', x)} />
            <RecordPicker
              kind="actor"
              name="org"
              label="Organisation"
              hint="Officers edit this organisation's records; donors see the amounts it funds. Type part of its name and choose it."
              value={values.org}
              onChange={(x) => set('org', x)}
            />
            <RoleChecks value={values.roles} onChange={(x) => set('roles', x)} />
            {account && !own && (
              <Checkbox
                name="disabled"
                label="Disabled"
                hint="A disabled account cannot sign in, and its sessions end."
                checked={values.disabled}
                onChange={(x) => set('disabled', x)}
              />
            )}
            <TextInput
              name="password"
              label={account ? 'New password' : 'Password'}
              type="password"
              autoComplete="new-password"
              required={!account}
              hint={account ? 'Leave empty to keep the current one. A new one signs the account out everywhere.' : 'At least 12 characters, and hard to guess (not built from the email or the name).'}
              value={values.password}
              onChange={(x) => set('password', x)}
            />
            <p className="form-actions">
              <button type="submit">{busy ? 'Saving…' : account ? 'Save account' : 'Create account'}</button>{' '}
              <button type="button" onClick={onCancel}>
                Cancel
              </button>{' '}
              {account && !own && (
                <button type="button" className="danger" aria-expanded={confirmDelete} onClick={() => setConfirmDelete(true)}>
                  Delete account
                </button>
              )}
            </p>
            {account && confirmDelete && (
              <div role="alertdialog" aria-labelledby={`${id}-dh`} className="confirm-delete">
                <h3 id={`${id}-dh`}>Delete the account {account.email}?</h3>
                <p>It can no longer sign in, and its sessions end. The records it wrote stay, as does their history.</p>
                <p className="form-actions">
                  <button type="button" className="danger" onClick={remove}>
                    Delete {account.email}
                  </button>{' '}
                  <button type="button" autoFocus onClick={() => setConfirmDelete(false)}>
                    Keep it
                  </button>
                </p>
              </div>
            )}
          </fieldset>
        </FieldErrorsContext.Provider>
      </form>
    </section>
  );
}
