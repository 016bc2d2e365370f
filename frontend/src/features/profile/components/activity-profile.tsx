import { EntityLink, shortName } from '@/components/entity-link';
import { LoadFailure } from '@/components/load-failure';
import type { ActivityProfileQuery as Answer } from '@/gql/graphql';
import { useQuery } from '@/lib/use-query';
import { ActivityProfileQuery } from '../api/profile-queries';
import { activityStatus, formatMoney, formatPeriod } from '../utils/format';
import { timeline } from '../utils/timeline';
import { Facts, ProfileLinks, ProfileTimeline, Relation } from './profile-parts';
import './profile.css';

type Activity = NonNullable<Answer['activity']>;

type Props = { id: string; mayEdit: (ownerId: string | null | undefined) => boolean };

/** /activity/:id — a funded activity with its implementers, funders, countries, functions and sectors. */
export function ActivityProfile({ id, mayEdit }: Props) {
  const q = useQuery(ActivityProfileQuery, { id });
  if (q.status === 'loading') return <p role="status">Loading the activity…</p>;
  if (q.status === 'error') return <LoadFailure what="the activity" error={q.error} retry={q.refetch} />;
  const a = q.data.activity;
  if (!a) {
    return (
      <>
        <h1>Activity not found</h1>
        <p className="empty">There is no activity “{id}”, or you may not see it.</p>
      </>
    );
  }
  return <ActivityView activity={a} editable={mayEdit(a.owner?.id)} />;
}

function activityEvents(a: Activity) {
  return timeline([
    { date: a.start, what: 'activity starts' },
    ...a.funders.map((f) => ({
      date: f.year,
      what: `funding${f.amount != null ? ` of ${formatMoney(f.amount, f.currency)}` : ''}`,
      subject: { kind: 'actor' as const, id: f.funder.id, name: shortName(f.funder) },
    })),
    { date: a.end, what: 'activity ends' },
  ]);
}

export function ActivityView({ activity: a, editable }: { activity: Activity; editable: boolean }) {
  const activityLink = (x: { id: string; title: string }) => (
    <EntityLink kind="activity" id={x.id}>
      {x.title}
    </EntityLink>
  );
  const places = [...a.admin1, ...a.admin2];
  return (
    <article>
      <header className="profile-header">
        <p className="note">Activity{a.source ? ` · from ${a.source.toUpperCase()}` : ''}</p>
        <h1>{a.title}</h1>
        <ProfileLinks kind="activity" id={a.id} editable={editable} />
      </header>
      <Facts
        facts={[
          [a.source === 'iati' ? 'IATI identifier' : 'Id', <span className="record-id">{a.id}</span>],
          ['Period', formatPeriod(a.start, a.end, 'open')],
          ['Status', activityStatus(a.status)],
          [
            'Countries',
            a.countries.length > 0 &&
              a.countries.map((c, i) => (
                <span key={c.code}>
                  {i > 0 && ', '}
                  <EntityLink kind="country" id={c.code}>
                    {c.name}
                  </EntityLink>
                </span>
              )),
          ],
          ['Areas', places.join(', ')],
          ['Functions', a.functions.map((f) => f.name).join(', ')],
          ['Sectors', a.sectors.join(', ')],
          ['Labels', a.labels.join('; ')],
          ['Part of', a.parent ? activityLink(a.parent) : undefined],
          ['Description', a.description],
          ['Confidential', a.confidential ? 'yes: only its organisation and administrators see it' : undefined],
        ]}
      />
      <div className="profile-columns">
        <div>
          <Relation
            title="Implementers"
            items={[...a.implementers.map((x) => ({ actor: x })), ...a.unnamedImplementers.map((name) => ({ unnamed: name }))]}
            none="No implementer recorded."
            itemKey={(x, i) => ('actor' in x && x.actor ? x.actor.id : `unnamed-${i}`)}
            render={(x) =>
              'actor' in x && x.actor ? (
                <EntityLink kind="actor" id={x.actor.id} title={x.actor.name}>
                  {x.actor.name}
                </EntityLink>
              ) : (
                <>
                  {'unnamed' in x ? x.unnamed : ''} <span className="note">(a category, not a named organisation)</span>
                </>
              )
            }
          />
          <Relation
            title="Funders"
            items={a.funders}
            none="No funder recorded."
            itemKey={(f, i) => `${f.funder.id}-${f.year ?? ''}-${i}`}
            render={(f) => (
              <>
                <EntityLink kind="actor" id={f.funder.id} title={f.funder.name}>
                  {f.funder.name}
                </EntityLink>
                <span className="note">
                  {' · '}
                  {formatMoney(f.amount, f.currency)}
                  {f.year != null && ` in ${f.year}`}
                </span>
              </>
            )}
          />
          <Relation title="Funded by (funding chain)" items={a.fundedBy} itemKey={(x) => x.id} render={activityLink} />
          <Relation title="Sub-activities" items={a.children} itemKey={(x) => x.id} render={activityLink} />
        </div>
        <ProfileTimeline events={activityEvents(a)} />
      </div>
    </article>
  );
}
