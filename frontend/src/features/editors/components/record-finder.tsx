import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@/lib/use-query';
import { FindActivitiesDocument, FindActorsDocument, FindLessonsDocument, FindMandatesDocument, FindMissionsDocument } from '../api/find-records';
import { editorPath, type EditorKind } from '../utils/editor-paths';

type Found = { id: string; label: string; owner?: string };

const KIND_LABELS: Record<EditorKind, string> = {
  mission: 'Missions',
  mandate: 'Mandates',
  activity: 'Activities',
  lesson: 'Lessons',
  actor: 'Organisations',
};

type FindResult = { status: 'idle' | 'loading' | 'error' | 'success'; found: Found[]; error?: string };

/** One search query per kind; only the one asked runs. */
function useFound(kind: EditorKind, search: string): FindResult {
  const skip = (k: EditorKind) => ({ skip: search === '' || kind !== k });
  const missions = useQuery(FindMissionsDocument, { search }, skip('mission'));
  const mandates = useQuery(FindMandatesDocument, { search }, skip('mandate'));
  const activities = useQuery(FindActivitiesDocument, { search }, skip('activity'));
  const lessons = useQuery(FindLessonsDocument, { search }, skip('lesson'));
  const actors = useQuery(FindActorsDocument, { search }, skip('actor'));
  if (search === '') return { status: 'idle', found: [] };
  const q = { mission: missions, mandate: mandates, activity: activities, lesson: lessons, actor: actors }[kind];
  if (q.status !== 'success') return { status: q.status, found: [], error: q.error?.message };
  const found: Found[] = {
    mission: () =>
      (missions.data?.missions.edges ?? []).map(({ node: m }) => ({
        id: m.id,
        label: m.acronym ? `${m.acronym} — ${m.name}` : m.name,
        owner: m.owner?.name,
      })),
    mandate: () =>
      (mandates.data?.mandates.edges ?? []).map(({ node: m }) => ({ id: m.id, label: m.reference, owner: m.owner?.name })),
    activity: () =>
      (activities.data?.activities.edges ?? []).map(({ node: a }) => ({ id: a.id, label: a.title, owner: a.owner?.name })),
    lesson: () => (lessons.data?.searchLessons ?? []).map(({ lesson: l }) => ({ id: l.id, label: l.title })),
    actor: () =>
      (actors.data?.actors.edges ?? []).map(({ node: a }) => ({ id: a.id, label: a.acronym ? `${a.acronym} — ${a.name}` : a.name })),
  }[kind]();
  return { status: 'success', found };
}

/** Finds a record by name, title or reference, to open it in its editor. */
export function RecordFinder() {
  const id = useId();
  const [kind, setKind] = useState<EditorKind>('mission');
  const [text, setText] = useState('');
  const [asked, setAsked] = useState<{ kind: EditorKind; search: string }>({ kind: 'mission', search: '' });
  const result = useFound(asked.kind, asked.search);

  function submit(e: FormEvent) {
    e.preventDefault();
    setAsked({ kind, search: text.trim() });
  }

  return (
    <section aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Edit an existing record</h2>
      <form role="search" aria-labelledby={`${id}-h`} onSubmit={submit} className="finder">
        <label htmlFor={`${id}-kind`}>Kind</label>{' '}
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as EditorKind)}>
          {(Object.keys(KIND_LABELS) as EditorKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={`${id}-text`}>Name, title or reference</label>{' '}
        <input id={`${id}-text`} type="search" value={text} onChange={(e) => setText(e.target.value)} />{' '}
        <button type="submit">Find</button>
      </form>
      <div aria-live="polite">
        {result.status === 'loading' && <p role="status">Searching…</p>}
        {result.status === 'error' && (
          <p role="alert" className="error">
            Could not search: {result.error}
          </p>
        )}
        {result.status === 'success' && result.found.length === 0 && (
          <p className="empty">Nothing matches “{asked.search}”.</p>
        )}
        {result.found.length > 0 && (
          <ul className="plain found">
            {result.found.map((f) => (
              <li key={f.id}>
                <Link to={editorPath(asked.kind, f.id)}>{f.label}</Link> <small className="record-id">{f.id}</small>
                {f.owner && <small> · {f.owner}</small>}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
