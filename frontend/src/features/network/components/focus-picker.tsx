import { useId, useState, type FormEvent } from 'react';
import { isNetworkId } from '../utils/network-id';

type Props = { focus: string; onFocus: (focus: string) => void; disabled?: boolean };

/** A text field for the focus's network id; the API needs the exact `type:id` form. */
export function FocusPicker({ focus, onFocus, disabled }: Props) {
  const id = useId();
  const [value, setValue] = useState(focus);
  const [invalid, setInvalid] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const next = value.trim();
    if (!isNetworkId(next)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onFocus(next);
  }

  return (
    <form className="focus-picker" onSubmit={submit} role="search" aria-label="Network focus">
      <label htmlFor={id}>Focus</label>
      <input
        id={id}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        aria-invalid={invalid || undefined}
        spellCheck={false}
        autoCapitalize="off"
        disabled={disabled}
      />
      <button type="submit" disabled={disabled}>
        Show
      </button>
      <p id={`${id}-hint`} className="hint">
        A network id, <code>type:id</code>: <code>country:XKX</code>, <code>mission:unmik</code>,{' '}
        <code>actor:eu</code>, <code>cluster:sahel</code>. Or select a node and make it the focus.
      </p>
      {invalid && (
        <p id={`${id}-error`} className="error" role="alert">
          “{value}” is not a network id: write a type, a colon and an id, such as country:XKX.
        </p>
      )}
    </form>
  );
}
