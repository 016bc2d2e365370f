import { useId, type RefObject } from 'react';
import type { DiffRow } from '../utils/conflict';

type Props = {
  ref: RefObject<HTMLDivElement | null>;
  noun: string;
  /** The version that is current now; null when the record was deleted meanwhile. */
  version: number | null;
  rows: DiffRow[];
  onReapply: () => void;
  onDiscard: () => void;
};

/**
 * A save or delete refused because someone else changed the record: what they changed beside
 * what the form holds, which is kept. The user re-applies their changes on the current version
 * (and saves again), or takes the current version as it is.
 */
export function ConflictPanel({ ref, noun, version, rows, onReapply, onDiscard }: Props) {
  const id = useId();
  if (version === null) {
    return (
      <div ref={ref} role="alert" tabIndex={-1} className="form-alert conflict">
        <p>
          Someone else deleted this {noun} after you opened it, so nothing was saved. Your values are still in the form
          below; create a new {noun} from them if it is still needed.
        </p>
      </div>
    );
  }
  return (
    <div ref={ref} role="alert" tabIndex={-1} aria-labelledby={`${id}-h`} className="form-alert conflict">
      <h2 id={`${id}-h`}>Someone else changed this {noun}</h2>
      <p>
        It is now at version {version}, so your changes were not saved. They are still in the form.{' '}
        {rows.length === 0 ? 'The form already matches the current version.' : 'Where the two differ:'}
      </p>
      {rows.length > 0 && (
        <table className="conflict-diff">
          <caption className="visually-hidden">Differences between version {version} and your form</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Saved now (version {version})</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field}>
                <th scope="row">{r.label}</th>
                <td>{r.theirs}</td>
                <td>
                  {r.yours}
                  {!r.youChanged && <small className="hint"> (you did not change it: theirs will be kept)</small>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="form-actions">
        <button type="button" onClick={onReapply}>
          Apply my changes to version {version}
        </button>{' '}
        <button type="button" onClick={onDiscard}>
          Discard my changes
        </button>
      </p>
    </div>
  );
}
