import { useId } from 'react';
import { ErrorText } from '@/components/form/field';
import { useFieldErrors } from '@/components/form/field-errors-context';
import type { AccountRole } from '@/gql/graphql';
import { ROLE_LABELS, ROLES } from '../utils/account-values';

/** The roles of an account as checkboxes; the API's messages about input.roles show above them. */
export function RoleChecks({ value, onChange }: { value: AccountRole[]; onChange: (v: AccountRole[]) => void }) {
  const id = useId();
  const errors = useFieldErrors('roles');
  return (
    <fieldset className={errors ? 'field has-error' : 'field'} aria-describedby={errors ? `${id}-error` : undefined}>
      <legend>Roles</legend>
      {errors && <ErrorText id={`${id}-error`} messages={errors} />}
      <ul className="plain">
        {ROLES.map((r) => (
          <li key={r}>
            <label>
              <input
                type="checkbox"
                name="roles"
                value={r}
                checked={value.includes(r)}
                aria-invalid={errors ? true : undefined}
                onChange={(e) => onChange(e.target.checked ? [...value, r] : value.filter((x) => x !== r))}
              />{' '}
              {ROLE_LABELS[r]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
