import type { RefObject } from 'react';

type Props = {
  ref: RefObject<HTMLDivElement | null>;
  noun: string;
  messages: string[];
  conflict: boolean;
  onReload?: () => void;
};

/** What went wrong that no single control can show: a refused write, a version conflict. */
export function FormAlert({ ref, noun, messages, conflict, onReload }: Props) {
  if (!conflict && messages.length === 0) return null;
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="form-alert">
      {conflict && (
        <p>
          Someone else changed this {noun} after you opened it, so your changes were not saved. Reload it to see the
          current version, then make your changes again.{' '}
          {onReload && (
            <button type="button" onClick={onReload}>
              Reload the {noun}
            </button>
          )}
        </p>
      )}
      {messages.length > 0 && (
        <ul>
          {messages.map((m, i) => (
            <li key={i}>{m}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
