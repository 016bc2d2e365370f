import { useState } from 'react';
import { EntityLink } from '@/components/entity-link';
import type { ActorDuplicatesQuery } from '@/gql/graphql';
import { isAdmin } from '@/lib/roles';
import { ApiError, request } from '@/lib/graphql-client';
import { useSession } from '@/lib/session';
import { useQuery } from '@/lib/use-query';
import { ActorDuplicatesQuery as Duplicates, MergeActorsMutation } from '../api/duplicates-queries';

type Pair = ActorDuplicatesQuery['actorDuplicates'][number];
type Actor = Pair['a'];

/** What tells two records apart: every field, side by side. */
function ActorCard({ actor }: { actor: Actor }) {
  return (
    <dl className="actor-card">
      <dt>Name</dt>
      <dd>{actor.name}</dd>
      <dt>Acronym</dt>
      <dd>{actor.acronym ?? '—'}</dd>
      <dt>Kind</dt>
      <dd>{actor.kind.toLowerCase().replaceAll('_', ' ')}</dd>
      <dt>IATI identifier</dt>
      <dd>{actor.ref ?? '—'}</dd>
      <dt>Part of</dt>
      <dd>
        {actor.parent ? (
          <EntityLink kind="actor" id={actor.parent.id}>
            {actor.parent.name}
          </EntityLink>
        ) : (
          '—'
        )}
      </dd>
      <dt>Also known as</dt>
      <dd>{actor.aliases.length ? actor.aliases.join('; ') : '—'}</dd>
      <dt>Id</dt>
      <dd>
        <code>{actor.id}</code>
      </dd>
    </dl>
  );
}

/**
 * Probable duplicate organisations (the API's actorDuplicates) side by side; an administrator
 * merges one into the other, keeping the chosen record and the other's names as aliases.
 */
export function DuplicatesPage() {
  const session = useSession();
  const admin = isAdmin(session);
  const pairs = useQuery(Duplicates, {});
  const [busy, setBusy] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  async function merge(keep: Actor, drop: Actor) {
    if (!window.confirm(`Merge “${drop.name}” into “${keep.name}”? Its relationships move to “${keep.name}”, and its names become aliases.`)) return;
    setBusy(`${keep.id}|${drop.id}`);
    setMessage(null);
    try {
      await request(MergeActorsMutation, { keep: keep.id, drop: drop.id });
      setMessage({ kind: 'ok', text: `“${drop.name}” merged into “${keep.name}”.` });
    } catch (e) {
      setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    } finally {
      setBusy('');
    }
  }

  return (
    <article>
      <h1>Probable duplicate organisations</h1>
      <p>
        Pairs of organisations with the same IATI identifier, or a name that holds every word of the other. Compare them;
        {admin ? ' merge the two when they are one organisation.' : ' an administrator can merge them.'}
      </p>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'error' : undefined}>
          {message.text}
        </p>
      )}
      {pairs.status === 'loading' && <p role="status">Loading…</p>}
      {pairs.status === 'error' && (
        <p role="alert" className="error">
          Could not load: {pairs.error.message}{' '}
          <button type="button" onClick={pairs.refetch}>
            Retry
          </button>
        </p>
      )}
      {pairs.status === 'success' && pairs.data.actorDuplicates.length === 0 && <p className="empty">No probable duplicates.</p>}
      {pairs.status === 'success' && pairs.data.actorDuplicates.length > 0 && (
        <>
          <p>{pairs.data.actorDuplicates.length} pairs to review.</p>
          <ol className="duplicate-pairs">
            {pairs.data.actorDuplicates.map((p) => (
              <li key={`${p.a.id}|${p.b.id}`}>
                <p>
                  <strong>
                    <EntityLink kind="actor" id={p.a.id}>
                      {p.a.name}
                    </EntityLink>{' '}
                    ↔{' '}
                    <EntityLink kind="actor" id={p.b.id}>
                      {p.b.name}
                    </EntityLink>
                  </strong>{' '}
                  <small>({p.reason})</small>
                </p>
                <div className="side-by-side">
                  <ActorCard actor={p.a} />
                  <ActorCard actor={p.b} />
                </div>
                {admin && (
                  <p>
                    <button type="button" disabled={busy !== ''} onClick={() => merge(p.a, p.b)}>
                      Keep {p.a.name}, merge the other into it
                    </button>{' '}
                    <button type="button" disabled={busy !== ''} onClick={() => merge(p.b, p.a)}>
                      Keep {p.b.name}, merge the other into it
                    </button>
                  </p>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </article>
  );
}
