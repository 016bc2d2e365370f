import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { isAdmin } from '@/lib/roles';
import { useSession } from '@/lib/session';
import { EDITOR_KINDS, editorPath, leadEditorPath } from '../utils/editor-paths';
import { EditorGate } from './editor-gate';
import { RecordFinder } from './record-finder';
import '@/components/form/form.css';

/** Where editing starts: a new record of each kind, the leads, or a search for a record to change. */
export function EditorIndex() {
  const session = useSession();
  const org = session?.account.org?.name;
  const admin = isAdmin(session);
  const deleted = (useLocation().state as { deleted?: string } | null)?.deleted;
  const heading = useRef<HTMLHeadingElement>(null);
  // Arriving from a deletion: the page changed under the user, so say what happened and where they are.
  useEffect(() => {
    if (deleted) heading.current?.focus();
  }, [deleted]);
  return (
    <EditorGate>
      <article className="editor">
        <h1 ref={heading} tabIndex={-1}>
          Edit records
        </h1>
        <p role="status" className="saved">
          {deleted}
        </p>
        <p>
          {admin
            ? 'As an administrator you may change any record.'
            : `As an officer you may change the records ${org ?? 'your organisation'} owns; others are shown read-only.`}
        </p>
        <h2>Create</h2>
        <ul className="plain create-links">
          {EDITOR_KINDS.filter((k) => k !== 'actor' || admin).map((k) => (
            <li key={k}>
              <Link to={editorPath(k)}>New {k === 'actor' ? 'organisation' : k}</Link>
            </li>
          ))}
          <li>
            <Link to={leadEditorPath()}>Record or remove a lead</Link>
          </li>
        </ul>
        <RecordFinder />
      </article>
    </EditorGate>
  );
}
