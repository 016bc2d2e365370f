import { useId, useRef, useState, type FormEvent } from 'react';
import { useQuery } from '@/lib/use-query';
import { AuditActorSearchDocument } from '../api/actor-search';

type Actor = { id: string; name: string; acronym?: string | null };

/** Search organisations by name or acronym and choose one to audit. */
export function OrgPicker({ onPick }: { onPick: (actor: Actor) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const q = useQuery(AuditActorSearchDocument, { search }, { skip: search === '' });

  function submit(e: FormEvent) {
    e.preventDefault();
    setSearch(text.trim());
  }

  const found = q.status === 'success' ? q.data.actors : undefined;
  return (
    <div className="org-picker">
      <form role="search" onSubmit={submit} aria-label="Choose an organisation">
        <label htmlFor={id}>Organisation to audit</label>{' '}
        <input
          ref={input}
          id={id}
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="Name or acronym"
        />{' '}
        <button type="submit">Search</button>
      </form>
      <p role="status" className="visually-hidden">
        {picked && `Now auditing ${picked}.`}
      </p>
      {search !== '' && (
        <div aria-live="polite">
          {q.status === 'loading' && <p role="status">Searching…</p>}
          {q.status === 'error' && (
            <p role="alert" className="error">
              Could not search: {q.error.message}
            </p>
          )}
          {found && found.totalCount === 0 && <p className="empty">No organisation matches “{search}”.</p>}
          {found && found.totalCount > 0 && (
            <ul className="plain pick-list" aria-label="Organisations found">
              {found.edges.map(({ node }) => (
                <li key={node.id}>
                  <button
                    type="button"
                    onClick={() => {
                      // The list (and the button pressed) goes away: keep focus in the picker and say what happened.
                      setSearch('');
                      setText('');
                      setPicked(node.name);
                      input.current?.focus();
                      onPick(node);
                    }}
                  >
                    {node.name}
                    {node.acronym && ` (${node.acronym})`}
                  </button>
                </li>
              ))}
              {found.totalCount > found.edges.length && (
                <li className="hint">
                  {found.totalCount - found.edges.length} more: type more of the name.
                </li>
              )}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
