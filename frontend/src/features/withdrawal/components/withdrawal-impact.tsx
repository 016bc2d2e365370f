// "What if it left?": what an actor's departure or a mission's end on a day would leave behind
// (the API's withdrawalImpact, docs/analytics.md): cells that would have nobody, leads that
// would go, who else keeps working on the rest and until when, funding left without an
// implementer.
import { useId, useState } from 'react';
import { EntityLink, shortName } from '@/components/entity-link';
import { LoadFailure } from '@/components/load-failure';
import type { WithdrawalImpactQuery as Answer } from '@/gql/graphql';
import { useQuery } from '@/lib/use-query';
import { WithdrawalImpactQuery } from '../api/withdrawal-impact';
import './withdrawal.css';

type Cell = Answer['withdrawalImpact']['cells'][number];
type Other = Cell['others'][number];

type Props = {
  /** Who leaves: an actor, or a mission that ends. */
  leaving: { kind: 'actor' | 'mission'; id: string };
  /** The day asked first (ISO). */
  initialDay: string;
};

export function WithdrawalImpact({ leaving, initialDay }: Props) {
  const [day, setDay] = useState(initialDay);
  const dayId = useId();
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day);
  const q = useQuery(
    WithdrawalImpactQuery,
    { actor: leaving.kind === 'actor' ? leaving.id : null, mission: leaving.kind === 'mission' ? leaving.id : null, at: day },
    { skip: !valid },
  );
  const verb = leaving.kind === 'actor' ? 'left' : 'ended';
  const name = leaving.kind === 'actor' ? 'this organisation' : 'this mission';

  return (
    <section className="withdrawal" aria-labelledby={`${dayId}-h`}>
      <h2 id={`${dayId}-h`}>
        What if {name} {verb}?
      </h2>
      <p className="hint">
        Which functions would lose their only engagement or their lead, who else keeps working on the others and until
        when, and which funding would have nobody to implement it.
      </p>
      <label htmlFor={dayId}>On </label>
      <input id={dayId} type="date" value={day} onChange={(e) => setDay(e.target.value)} />
      {!valid && <p role="alert">Choose a day.</p>}
      {valid && q.status === 'loading' && <p role="status">Working out what would be left…</p>}
      {q.status === 'error' && <LoadFailure what="what would be left" error={q.error} retry={q.refetch} />}
      {q.status === 'success' && <Impact answer={q.data.withdrawalImpact} name={name} day={day} verb={verb} />}
    </section>
  );
}

function Impact({ answer, name, day, verb }: { answer: Answer['withdrawalImpact']; name: string; day: string; verb: string }) {
  const { cells, fundingWithoutImplementer: unfunded } = answer;
  if (cells.length === 0 && unfunded.length === 0) {
    return (
      <p className="empty">
        On {day}, {name} works on no function anywhere (or on none you may see): nothing would be left uncovered. Try
        another day.
      </p>
    );
  }
  const lost = cells.filter((c) => c.losesOnlyEngagement).length;
  const leads = cells.filter((c) => c.lostLead).length;
  return (
    <>
      <p role="status">
        {cells.length} function{cells.length === 1 ? '' : 's'} touched; {lost} would have nobody
        {leads > 0 && `; ${leads} would lose ${leads === 1 ? 'its' : 'their'} lead`}
        {unfunded.length > 0 && `; ${unfunded.length} funded activit${unfunded.length === 1 ? 'y' : 'ies'} without an implementer`}.
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>
            What would be left if {name} {verb} on {day}
          </caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col">Function</th>
              <th scope="col">Province</th>
              <th scope="col">Who else works on it that day</th>
              <th scope="col">Lead</th>
            </tr>
          </thead>
          <tbody>
            {cells.map((c) => (
              <tr key={`${c.country.code}|${c.function.code}|${c.admin1 ?? ''}`} className={c.losesOnlyEngagement ? 'uncovered' : undefined}>
                <td>
                  <EntityLink kind="country" id={c.country.code}>
                    {c.country.name}
                  </EntityLink>
                </td>
                <td>{c.function.name}</td>
                <td>{c.admin1 ?? 'Country-wide'}</td>
                <td>{c.losesOnlyEngagement ? <strong>Nobody: it loses its only engagement</strong> : <Others others={c.others} />}</td>
                <td>{c.lostLead ? <strong>Lead lost ({shortName(c.lostLead)})</strong> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unfunded.length > 0 && (
        <>
          <h3>Funding left without an implementer</h3>
          <ul>
            {unfunded.map((u) => (
              <li key={u.activity.id}>
                <EntityLink kind="activity" id={u.activity.id}>
                  {u.activity.title}
                </EntityLink>{' '}
                ({u.country.name}{u.until ? `, until ${u.until}` : ''}), funded by{' '}
                {u.funders.map((f, i) => (
                  <span key={f.id}>
                    {i > 0 && ', '}
                    <EntityLink kind="actor" id={f.id} title={f.name}>
                      {shortName(f)}
                    </EntityLink>
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}

function Others({ others }: { others: Other[] }) {
  return (
    <ul className="plain">
      {others.map((o) => {
        const s = o.subject;
        return (
          <li key={`${s.__typename}:${s.id}`}>
            <EntityLink kind={s.__typename === 'Mission' ? 'mission' : 'activity'} id={s.id}>
              {s.__typename === 'Mission' ? shortName(s) : s.title}
            </EntityLink>{' '}
            ({o.actors.map(shortName).join(', ')}; {o.until ? `until ${o.until}` : 'open-ended'}
            {o.countryWide && '; names no province, may work here'})
          </li>
        );
      })}
    </ul>
  );
}
