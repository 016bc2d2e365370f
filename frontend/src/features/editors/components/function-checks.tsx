import { useId } from 'react';
import type { FunctionCode } from '@/gql/graphql';
import { FUNCTION_CODES, FUNCTION_LABELS } from '../utils/labels';
import { ErrorText } from '@/components/form/field';
import { useFieldErrors } from '@/components/form/field-errors-context';

type Props = { name: string; legend: string; value: FunctionCode[]; onChange: (v: FunctionCode[]) => void; hint?: string };

/** The function vocabulary as checkboxes, in its order (each parent before its sub-functions). */
export function FunctionChecks({ name, legend, value, onChange, hint }: Props) {
  const id = useId();
  const errors = useFieldErrors(name);
  const describedBy = [errors && `${id}-error`, hint && `${id}-hint`].filter(Boolean).join(' ') || undefined;
  const toggle = (code: FunctionCode, on: boolean) =>
    onChange(on ? FUNCTION_CODES.filter((c) => c === code || value.includes(c)) : value.filter((c) => c !== code));
  return (
    <fieldset className={errors ? 'field function-checks has-error' : 'field function-checks'} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {hint && (
        <small id={`${id}-hint`} className="hint">
          {hint}
        </small>
      )}
      {errors && <ErrorText id={`${id}-error`} messages={errors} />}
      <ul className="plain checks">
        {FUNCTION_CODES.map((code) => (
          <li key={code}>
            <label>
              <input
                type="checkbox"
                name={name}
                value={code}
                checked={value.includes(code)}
                aria-invalid={errors ? true : undefined}
                onChange={(e) => toggle(code, e.target.checked)}
              />{' '}
              {FUNCTION_LABELS[code]}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
