// The form controls of the editors, each a labelled Field.
import { useId, type ReactNode } from 'react';
import { Field } from './field';

type Base = { name: string; label: ReactNode; hint?: ReactNode; required?: boolean; hideLabel?: boolean };

export function TextInput({
  value,
  onChange,
  type = 'text',
  list,
  readOnly,
  autoComplete,
  ...field
}: Base & {
  value: string;
  onChange: (v: string) => void;
  type?: 'text' | 'date' | 'number' | 'url' | 'email' | 'password';
  autoComplete?: string;
  /** The id of a datalist of suggestions. */
  list?: string;
  readOnly?: boolean;
}) {
  return (
    <Field {...field}>
      {(p) => (
        <input
          {...p}
          type={type}
          value={value}
          list={list}
          readOnly={readOnly}
          autoComplete={autoComplete}
          step={type === 'number' ? 'any' : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Field>
  );
}

type TextAreaProps = Base & { value: string; onChange: (v: string) => void; rows?: number };

export function TextArea({ value, onChange, rows = 4, ...field }: TextAreaProps) {
  return (
    <Field {...field}>{(p) => <textarea {...p} rows={rows} value={value} onChange={(e) => onChange(e.target.value)} />}</Field>
  );
}

export function Select<T extends string>({
  value,
  onChange,
  options,
  ...field
}: Base & { value: T; onChange: (v: T) => void; options: Record<T, string> }) {
  return (
    <Field {...field}>
      {(p) => (
        <select {...p} value={value} onChange={(e) => onChange(e.target.value as T)}>
          {(Object.keys(options) as T[]).map((k) => (
            <option key={k} value={k}>
              {options[k]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

type CheckboxProps = { name: string; label: string; checked: boolean; onChange: (v: boolean) => void; hint?: string };

export function Checkbox({ name, label, checked, onChange, hint }: CheckboxProps) {
  const hintId = useId();
  return (
    <div className="field field-checkbox">
      <label>
        <input
          type="checkbox"
          name={name}
          checked={checked}
          aria-describedby={hint ? hintId : undefined}
          onChange={(e) => onChange(e.target.checked)}
        />{' '}
        {label}
      </label>
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
    </div>
  );
}
