import { EntityLink, shortName } from '@/components/entity-link';
import { LoadFailure } from '@/components/load-failure';
import type { MissionProfileQuery as Answer } from '@/gql/graphql';
import { useQuery } from '@/lib/use-query';
import { MissionProfileQuery } from '../api/profile-queries';
import { formatPeriod, humanise } from '../utils/format';
import { timeline } from '../utils/timeline';
import { Facts, ProfileLinks, ProfileTimeline, Relation } from './profile-parts';
import './profile.css';

type Mission = NonNullable<Answer['mission']>;

type Props = {
  id: string;
  /** Whether the signed-in user may change a record its owner owns (the API's write rule). */
  mayEdit: (ownerId: string | null | undefined) => boolean;
};

/** /mission/:id — a mission with its lead, contributors, mandates, countries, functions and hand-overs. */
export function MissionProfile({ id, mayEdit }: Props) {
  const q = useQuery(MissionProfileQuery, { id });
  if (q.status === 'loading') return <p role="status">Loading the mission…</p>;
  if (q.status === 'error') return <LoadFailure what="the mission" error={q.error} retry={q.refetch} />;
  const m = q.data.mission;
  if (!m) return <NotFound id={id} />;
  return <MissionView mission={m} editable={mayEdit(m.owner?.id)} />;
}

function NotFound({ id }: { id: string }) {
  return (
    <>
      <h1>Mission not found</h1>
      <p className="empty">There is no mission “{id}”, or you may not see it.</p>
    </>
  );
}

function missionEvents(m: Mission) {
  const named = (r: { id: string; name: string; acronym?: string | null }) => ({ kind: 'mission' as const, id: r.id, name: shortName(r) });
  return timeline([
    ...m.predecessors.map((p) => ({ date: p.end, what: 'predecessor ends', subject: named(p) })),
    { date: m.start, what: 'mission starts' },
    ...m.mandates.flatMap((md) => [
      { date: md.adopted, what: 'mandate adopted', subject: { id: md.id, name: md.reference } },
      { date: md.expires, what: 'mandate expires', subject: { id: md.id, name: md.reference } },
    ]),
    ...m.deployments.flatMap((d) => [
      { date: d.from, what: 'deployed in', subject: { kind: 'country' as const, id: d.country.code, name: d.country.name } },
      { date: d.to, what: 'leaves', subject: { kind: 'country' as const, id: d.country.code, name: d.country.name } },
    ]),
    ...m.lessons.map((l) => ({ date: l.date, what: 'lesson learned', subject: { id: l.id, name: l.title } })),
    { date: m.end, what: 'mission ends' },
    ...m.successors.map((s) => ({ date: s.start, what: 'successor starts', subject: named(s) })),
  ]);
}

export function MissionView({ mission: m, editable }: { mission: Mission; editable: boolean }) {
  const successionItem = (s: Mission['successors'][number]) => (
    <>
      <EntityLink kind="mission" id={s.id} title={s.name}>
        {shortName(s)}
      </EntityLink>{' '}
      <span className="note">
        {humanise(s.model)}, {formatPeriod(s.start, s.end)}
      </span>
    </>
  );
  return (
    <article>
      <header className="profile-header">
        <p className="note">Mission · {humanise(m.model)}</p>
        <h1>
          {m.acronym ? `${m.acronym}: ${m.name}` : m.name}
        </h1>
        <ProfileLinks kind="mission" id={m.id} editable={editable} />
      </header>
      <Facts
        facts={[
          ['Period', formatPeriod(m.start, m.end)],
          [
            'Lead',
            <EntityLink kind="actor" id={m.lead.id} title={m.lead.name}>
              {m.lead.name}
            </EntityLink>,
          ],
          ['Functions', m.functions.map((f) => f.name).join(', ')],
          ['Id', <span className="record-id">{m.id}</span>],
          ['Note', m.note],
          ['Confidential', m.confidential ? 'yes: only its organisation and administrators see it' : undefined],
        ]}
      />
      <div className="profile-columns">
        <div>
          <Relation
            title="Contributors"
            items={m.contributors}
            none="No contributing organisation recorded."
            itemKey={(c) => c.actor.id}
            render={(c) => (
              <>
                <EntityLink kind="actor" id={c.actor.id} title={c.actor.name}>
                  {c.actor.name}
                </EntityLink>
                {(c.role || c.personnel != null) && (
                  <span className="note">
                    {' '}
                    {[c.role, c.personnel != null ? `${c.personnel} personnel` : null].filter(Boolean).join(', ')}
                  </span>
                )}
              </>
            )}
          />
          <Relation
            title="Mandates"
            items={m.mandates}
            none="No mandate recorded."
            itemKey={(md) => md.id}
            render={(md) => (
              <>
                {md.reference}{' '}
                <span className="note">
                  by{' '}
                  <EntityLink kind="actor" id={md.body.id} title={md.body.name}>
                    {shortName(md.body)}
                  </EntityLink>
                  , {formatPeriod(md.adopted, md.expires, 'no expiry')}
                </span>
              </>
            )}
          />
          <Relation
            title="Countries"
            items={m.deployments}
            none="No deployment recorded."
            itemKey={(d, i) => `${d.country.code}-${i}`}
            render={(d) => (
              <>
                <EntityLink kind="country" id={d.country.code}>
                  {d.country.name}
                </EntityLink>{' '}
                <span className="note">{formatPeriod(d.from, d.to)}</span>
              </>
            )}
          />
          <Relation title="Took over from" items={m.predecessors} itemKey={(p) => p.id} render={successionItem} />
          <Relation title="Handed over to" items={m.successors} itemKey={(s) => s.id} render={successionItem} />
          <div id="lessons">
            <Relation
              title="Lessons learned"
              items={m.lessons}
              itemKey={(l) => l.id}
              render={(l) => (
                <>
                  {l.title} {l.date && <span className="note">{l.date}</span>}
                </>
              )}
            />
          </div>
          {m.sources.length > 0 && (
            <Relation title="Sources" items={m.sources} itemKey={(s) => s} render={(s) => (/^https?:\/\//.test(s) ? <a href={s}>{s}</a> : s)} />
          )}
        </div>
        <ProfileTimeline events={missionEvents(m)} />
      </div>
    </article>
  );
}
