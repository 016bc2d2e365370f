import { useId, type ReactNode } from 'react';
import { useFieldErrors } from './field-errors-context';

export type ControlProps = {
  id: string;
  name: string;
  required?: boolean;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
};

type Props = {
  /** The control's name: the API's path of the field without "input.", e.g. deployments[0].country. */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  required?: boolean;
  /** For an entry of a list, whose group already says what it is: the label is for screen readers only. */
  hideLabel?: boolean;
  children: (control: ControlProps) => ReactNode;
};

export function ErrorText({ id, messages }: { id: string; messages: string[] }) {
  return (
    <ul id={id} className="field-error">
      {messages.map((m, i) => (
        <li key={i}>
          <span className="visually-hidden">Error: </span>
          {m.charAt(0).toUpperCase() + m.slice(1)}
        </li>
      ))}
    </ul>
  );
}

/** A label, the control, its hint and the API's messages about it, tied together for assistive technology. */
export function Field({ name, label, hint, required, hideLabel, children }: Props) {
  const id = useId();
  const errors = useFieldErrors(name);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors ? `${id}-error` : undefined;
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
        {required && <span className="required"> (required)</span>}
      </label>
      {children({
        id,
        name,
        required,
        'aria-invalid': errors ? true : undefined,
        'aria-describedby': [errorId, hintId].filter(Boolean).join(' ') || undefined,
      })}
      {hint && (
        <small id={hintId} className="hint">
          {hint}
        </small>
      )}
      {errors && errorId && <ErrorText id={errorId} messages={errors} />}
    </div>
  );
}
