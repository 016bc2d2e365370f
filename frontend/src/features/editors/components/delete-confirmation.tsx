import { useEffect, useId, useRef } from 'react';

type Props = { noun: string; title: string; busy: boolean; onConfirm: () => void; onCancel: () => void };

/** Asks before deleting, naming the record; focus starts on "Cancel", the safe choice. */
export function DeleteConfirmation({ noun, title, busy, onConfirm, onCancel }: Props) {
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-h`}
      aria-describedby={`${id}-d`}
      className="confirm-delete"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onCancel();
      }}
    >
      <h2 id={`${id}-h`}>
        Delete the {noun} “{title}”?
      </h2>
      <p id={`${id}-d`}>
        It is removed for everyone, with its links to other records; this cannot be undone. If someone changed it since
        you opened it, nothing is deleted and you are shown what changed.
      </p>
      <p className="form-actions">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
          {busy ? 'Deleting…' : `Delete “${title}”`}
        </button>{' '}
        <button ref={cancel} type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </p>
    </div>
  );
}
