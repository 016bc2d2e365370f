import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '@/lib/session';
import { conflictRows, isVersionConflict, reapply, type DiffRow } from '../utils/conflict';
import { editorPath } from '../utils/editor-paths';
import { isAdmin, mayChange } from '@/lib/roles';
import type { EditorConfig } from './editor-config';
import { ConflictPanel } from './conflict-panel';
import { DeleteConfirmation } from './delete-confirmation';
import { FieldErrorsContext } from '@/components/form/field-errors-context';
import { FormAlert } from '@/components/form/form-alert';
import { TextInput } from '@/components/form/inputs';
import { useFormSubmit } from '@/components/form/use-form-submit';
import '@/components/form/form.css';

type Props<R extends { id: string; version: number }, V extends { id: string }> = {
  config: EditorConfig<R, V>;
  /** The record as read; none for a new one. */
  record?: R;
};

/** After a version conflict: the record as it is now (null: deleted meanwhile) and where it differs from the form. */
type Conflict<R> = { current: R | null; rows: DiffRow[] };

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Creates a record, or edits one. Updates send the version read, so a concurrent change is a
 * conflict the user is told about, not a silent overwrite.
 */
export function RecordForm<R extends { id: string; version: number }, V extends { id: string }>({
  config,
  record,
}: Props<R, V>) {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const justCreated = (location.state as { created?: boolean } | null)?.created === true;
  const [saved, setSaved] = useState<R | undefined>(record);
  const [values, setValues] = useState<V>(() => (record ? config.toValues(record) : config.blank(session)));
  const [status, setStatus] = useState(justCreated ? `${capitalise(config.noun)} created.` : '');
  const { form, alert, errors, conflict: staleVersion, busy, submit } = useFormSubmit();
  const [conflict, setConflict] = useState<Conflict<R> | null>(null);
  // Set once the user has chosen a version after a conflict, so the hook's conflict flag no longer shows.
  const [conflictSettled, setConflictSettled] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);

  // Arriving from "Create": the page changed under the user, so announce where they are.
  useEffect(() => {
    if (justCreated) heading.current?.focus();
  }, [justCreated]);

  const owner = saved ? config.ownerOf(saved) : undefined;
  const allowed = config.adminOnly ? isAdmin(session) : !saved || mayChange(session, owner?.id);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));

  /**
   * Runs a write; when it is refused for a stale version, reads the record as it is now and shows
   * how it differs from the form, whose values stay as the user left them.
   */
  function write(action: () => Promise<void>) {
    setStatus('');
    setConflict(null);
    setConflictSettled(false);
    void submit(async () => {
      try {
        await action();
      } catch (e) {
        if (saved && isVersionConflict(e)) {
          const current = await config.load(saved.id, new AbortController().signal).catch(() => undefined);
          if (current !== undefined) {
            const rows = current ? conflictRows(config.toValues(saved), config.toValues(current), values, config.labels) : [];
            setConflict({ current, rows });
          }
        }
        throw e;
      }
    });
  }

  /** Takes the current version as the one edited: with the user's changes on top, or without them. */
  function resolveConflict(keepMine: boolean) {
    if (!conflict?.current || !saved) return;
    const current = conflict.current;
    setValues(keepMine ? reapply(config.toValues(saved), config.toValues(current), values) : config.toValues(current));
    setSaved(current);
    setConflict(null);
    setConflictSettled(true);
    setStatus(
      keepMine
        ? `Your changes are now on version ${current.version}: check them, then save.`
        : `The form shows version ${current.version}.`,
    );
    heading.current?.focus();
  }

  /** After a conflict whose current version could not be read at once: read it now and start from it. */
  async function reload() {
    if (!saved) return;
    const current = await config.load(saved.id, new AbortController().signal).catch(() => null);
    if (!current) return;
    setSaved(current);
    setValues(config.toValues(current));
    setConflictSettled(true);
    setStatus(`The form shows version ${current.version}.`);
  }

  function remove() {
    if (!saved) return;
    const what = `${capitalise(config.noun)} “${config.title(saved)}” deleted.`;
    write(async () => {
      try {
        await config.remove(saved);
      } finally {
        setConfirmingDelete(false);
      }
      navigate('/edit', { state: { deleted: what } });
    });
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    write(async () => {
      if (!saved) {
        const created = await config.create(values);
        navigate(editorPath(config.kind, created.id), { state: { created: true } });
        return;
      }
      const pending = config.update(saved, config.toValues(saved), values);
      if (!pending) {
        setStatus('Nothing has changed, so nothing was saved.');
        return;
      }
      const updated = await pending;
      setSaved(updated);
      setValues(config.toValues(updated));
      setStatus(`Saved (version ${updated.version}).`);
    });
  }

  return (
    <article className="editor">
      <p>
        <Link to="/edit">← All editors</Link>
      </p>
      <h1 id={headingId} ref={heading} tabIndex={-1}>
        {saved ? `Edit ${config.noun}: ${config.title(saved)}` : `New ${config.noun}`}
      </h1>
      {!allowed && (
        <p className="notice">
          {config.adminOnly
            ? `Only administrators create and change ${config.noun}s.`
            : owner
            ? `This ${config.noun} belongs to ${owner.name ?? owner.id}: only its officers and administrators may change it.`
            : `This ${config.noun} belongs to no organisation: only administrators may change it.`}
        </p>
      )}
      <p role="status" className="saved">
        {status}
      </p>
      {conflict ? (
          <ConflictPanel
            ref={alert}
            noun={config.noun}
            version={conflict.current?.version ?? null}
            rows={conflict.rows}
            onReapply={() => resolveConflict(true)}
            onDiscard={() => resolveConflict(false)}
          />
      ) : (
        // A conflict whose current version could not be read: the plain message.
        <FormAlert ref={alert} noun={config.noun} messages={errors.form} conflict={staleVersion && !conflictSettled} onReload={() => void reload()} />
      )}
      <form ref={form} onSubmit={onSubmit} noValidate aria-labelledby={headingId} className="editor-form">
        <FieldErrorsContext.Provider value={errors.fields}>
          <fieldset disabled={!allowed || busy} className="plain-fieldset">
            {saved ? (
              <p className="record-id">
                Id: <code>{saved.id}</code> · version {saved.version}
              </p>
            ) : (
              <TextInput
                name="id"
                label="Id"
                required
                hint="A short, stable identifier such as eulex-kosovo; it cannot be changed later."
                value={values.id}
                onChange={(v) => set('id', v as V['id'])}
              />
            )}
            <config.Fields values={values} set={set} admin={isAdmin(session)} />
            <p className="form-actions">
              <button type="submit">{busy ? 'Saving…' : saved ? 'Save changes' : `Create ${config.noun}`}</button>
              {saved && (
                <>
                  {' '}
                  <button
                    ref={deleteButton}
                    type="button"
                    className="danger"
                    aria-expanded={confirmingDelete}
                    onClick={() => setConfirmingDelete(true)}
                  >
                    Delete {config.noun}
                  </button>
                </>
              )}
            </p>
            {saved && confirmingDelete && (
              <DeleteConfirmation
                noun={config.noun}
                title={config.title(saved)}
                busy={busy}
                onConfirm={remove}
                onCancel={() => {
                  setConfirmingDelete(false);
                  deleteButton.current?.focus();
                }}
              />
            )}
          </fieldset>
        </FieldErrorsContext.Provider>
      </form>
    </article>
  );
}
