import { EntityLink, shortName } from '@/components/entity-link';
import { LoadFailure } from '@/components/load-failure';
import type { ActorProfileQuery as Answer } from '@/gql/graphql';
import { useQuery } from '@/lib/use-query';
import { ActorProfileQuery } from '../api/profile-queries';
import { formatMoney, formatPeriod, humanise } from '../utils/format';
import { timeline } from '../utils/timeline';
import { Facts, ProfileLinks, ProfileTimeline, Relation } from './profile-parts';
import './profile.css';

type Actor = NonNullable<Answer['actor']>;

/** /actor/:id — an organisation with its parent, parts, missions, mandates and activities. */
export function ActorProfile({ id }: { id: string }) {
  const q = useQuery(ActorProfileQuery, { id });
  if (q.status === 'loading') return <p role="status">Loading the organisation…</p>;
  if (q.status === 'error') return <LoadFailure what="the organisation" error={q.error} retry={q.refetch} />;
  const a = q.data.actor;
  if (!a) {
    return (
      <>
        <h1>Organisation not found</h1>
        <p className="empty">There is no actor “{id}”.</p>
      </>
    );
  }
  return <ActorView actor={a} />;
}

function actorEvents(a: Actor) {
  const mission = (m: { id: string; name: string; acronym?: string | null }) => ({ kind: 'mission' as const, id: m.id, name: shortName(m) });
  const activity = (x: { id: string; title: string }) => ({ kind: 'activity' as const, id: x.id, name: x.title });
  return timeline([
    ...a.missionsLed.flatMap((m) => [
      { date: m.start, what: 'leads from', subject: mission(m) },
      { date: m.end, what: 'mission ends', subject: mission(m) },
    ]),
    ...a.contributions.map((c) => ({ date: c.mission.start, what: 'contributes to', subject: mission(c.mission) })),
    ...a.mandatesIssued.map((md) => ({ date: md.adopted, what: 'issues mandate', subject: { id: md.id, name: md.reference } })),
    ...a.activitiesImplemented.map((x) => ({ date: x.start, what: 'implements', subject: activity(x) })),
    ...a.funding.map((f) => ({ date: f.year, what: 'funds', subject: activity(f.activity) })),
  ]);
}

export function ActorView({ actor: a }: { actor: Actor }) {
  const missionLink = (m: { id: string; name: string; acronym?: string | null }) => (
    <EntityLink kind="mission" id={m.id} title={m.name}>
      {shortName(m)}
    </EntityLink>
  );
  const actorLink = (x: { id: string; name: string }) => (
    <EntityLink kind="actor" id={x.id}>
      {x.name}
    </EntityLink>
  );
  const activityItem = (x: { id: string; title: string; start?: string | null; end?: string | null }) => (
    <>
      <EntityLink kind="activity" id={x.id}>
        {x.title}
      </EntityLink>{' '}
      <span className="note">{formatPeriod(x.start, x.end)}</span>
    </>
  );
  return (
    <article>
      <header className="profile-header">
        <p className="note">Organisation · {humanise(a.kind)}</p>
        <h1>{a.acronym ? `${a.name} (${a.acronym})` : a.name}</h1>
        <ProfileLinks kind="actor" id={a.id} funder={a.funding.length > 0} />
      </header>
      <Facts
        facts={[
          ['Part of', a.parent ? actorLink(a.parent) : undefined],
          ['IATI identifier', a.ref],
          ['Also known as', a.aliases.join('; ')],
          ['Id', <span className="record-id">{a.id}</span>],
        ]}
      />
      <div className="profile-columns">
        <div>
          <Relation title="Parts" items={a.parts} itemKey={(p) => p.id} render={actorLink} />
          <Relation
            title="Missions led"
            items={a.missionsLed}
            itemKey={(m) => m.id}
            render={(m) => (
              <>
                {missionLink(m)} <span className="note">{formatPeriod(m.start, m.end)}</span>
              </>
            )}
          />
          <Relation
            title="Contributions to missions"
            items={a.contributions}
            itemKey={(c) => c.mission.id}
            render={(c) => (
              <>
                {missionLink(c.mission)}
                {(c.role || c.personnel != null) && (
                  <span className="note"> {[c.role, c.personnel != null ? `${c.personnel} personnel` : null].filter(Boolean).join(', ')}</span>
                )}
              </>
            )}
          />
          <Relation
            title="Mandates issued"
            items={a.mandatesIssued}
            itemKey={(md) => md.id}
            render={(md) => (
              <>
                {md.reference} <span className="note">{formatPeriod(md.adopted, md.expires, 'no expiry')}</span>
                {md.missions.length > 0 && (
                  <>
                    {' for '}
                    {md.missions.map((m, i) => (
                      <span key={m.id}>
                        {i > 0 && ', '}
                        {missionLink(m)}
                      </span>
                    ))}
                  </>
                )}
              </>
            )}
          />
          <Relation title="Activities implemented" items={a.activitiesImplemented} itemKey={(x) => x.id} render={activityItem} />
          <Relation
            title="Activities funded"
            items={a.funding}
            itemKey={(f, i) => `${f.activity.id}-${f.year ?? ''}-${i}`}
            render={(f) => (
              <>
                {activityItem(f.activity)}
                <span className="note">
                  {' · '}
                  {formatMoney(f.amount, f.currency)}
                  {f.year != null && ` in ${f.year}`}
                </span>
              </>
            )}
          />
          {a.parts.length + a.missionsLed.length + a.contributions.length + a.mandatesIssued.length + a.activitiesImplemented.length + a.funding.length ===
            0 && <p className="empty">No missions, mandates or activities recorded for this organisation.</p>}
        </div>
        <ProfileTimeline events={actorEvents(a)} />
      </div>
    </article>
  );
}
