import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '@/lib/session';
import { editorPath } from '../utils/editor-paths';
import { isAdmin, mayChange } from '@/lib/roles';
import type { EditorConfig } from './editor-config';
import { FieldErrorsContext } from './field-errors-context';
import { FormAlert } from './form-alert';
import { TextInput } from './inputs';
import { useFormSubmit } from './use-form-submit';
import './editors.css';

type Props<R extends { id: string; version: number }, V extends { id: string }> = {
  config: EditorConfig<R, V>;
  /** The record as read; none for a new one. */
  record?: R;
  /** Reads the record again (after a version conflict). */
  onReload?: () => void;
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Creates a record, or edits one. Updates send the version read, so a concurrent change is a
 * conflict the user is told about, not a silent overwrite.
 */
export function RecordForm<R extends { id: string; version: number }, V extends { id: string }>({
  config,
  record,
  onReload,
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
  const { form, alert, errors, conflict, busy, submit } = useFormSubmit();

  // Arriving from "Create": the page changed under the user, so announce where they are.
  useEffect(() => {
    if (justCreated) heading.current?.focus();
  }, [justCreated]);

  const owner = saved ? config.ownerOf(saved) : undefined;
  const allowed = !saved || mayChange(session, owner?.id);
  const set = <K extends keyof V>(key: K, value: V[K]) => setValues((v) => ({ ...v, [key]: value }));

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setStatus('');
    void submit(async () => {
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
          {owner
            ? `This ${config.noun} belongs to ${owner.name ?? owner.id}: only its officers and administrators may change it.`
            : `This ${config.noun} belongs to no organisation: only administrators may change it.`}
        </p>
      )}
      <p role="status" className="saved">
        {status}
      </p>
      <FormAlert ref={alert} noun={config.noun} messages={errors.form} conflict={conflict} onReload={onReload} />
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
            </p>
          </fieldset>
        </FieldErrorsContext.Provider>
      </form>
    </article>
  );
}
