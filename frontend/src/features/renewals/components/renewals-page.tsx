// The mandate renewal calendar: mandates expiring in a window, soonest first, with what in each
// country depends on them alone (the API's mandateRenewals), and the same calendar to subscribe
// to in a calendar app (iCalendar).
import { useSearchParams } from 'react-router';
import { EntityLink, shortName } from '@/components/entity-link';
import { LoadFailure } from '@/components/load-failure';
import type { MandateRenewalsQuery as Answer } from '@/gql/graphql';
import { useQuery } from '@/lib/use-query';
import { MandateRenewalsQuery } from '../api/mandate-renewals';

type Renewal = Answer['mandateRenewals'][number];
type Cell = Renewal['cells'][number];

function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function shifted(days: number): string {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() + days);
  return isoDay(d);
}

const isDay = (s: string | null): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

/** The calendar's address for calendar apps, narrowed as the page is. */
export function calendarPath(country: string, from: string, to: string): string {
  const q = new URLSearchParams({ from, to });
  if (country) q.set('country', country);
  return `/calendar/mandate-renewals.ics?${q}`;
}

export function RenewalsPage() {
  const [params, setParams] = useSearchParams();
  const from = isDay(params.get('from')) ? params.get('from')! : shifted(-30);
  const to = isDay(params.get('to')) ? params.get('to')! : shifted(365);
  const country = (params.get('country') ?? '').toUpperCase();
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const validCountry = country === '' || /^[A-Z]{3}$/.test(country);
  const q = useQuery(MandateRenewalsQuery, { from, to, country: country || null }, { skip: !validCountry });
  const ics = calendarPath(country, from, to);

  return (
    <article>
      <h1>Mandate renewals</h1>
      <p className="hint">
        Mandates that expire in the window, soonest first: for each country and function, whether the mission keeps it
        through another mandate, who else covers it, or that it depends on this mandate alone.
      </p>
      <div className="filters" role="group" aria-label="Window and country">
        <label>
          From <input type="date" value={from} onChange={(e) => e.target.value && set('from', e.target.value)} />
        </label>{' '}
        <label>
          To <input type="date" value={to} onChange={(e) => e.target.value && set('to', e.target.value)} />
        </label>{' '}
        <label>
          Country (ISO code){' '}
          <input value={country} size={5} maxLength={3} onChange={(e) => set('country', e.target.value.toUpperCase())} />
        </label>
      </div>
      <p>
        <a href={ics} download="mandate-renewals.ics">
          Download this calendar (.ics)
        </a>{' '}
        · <a href={`webcal://${window.location.host}${ics}`}>Subscribe in a calendar app</a> (public records)
      </p>
      {!validCountry && <p role="alert">A country is its three-letter ISO code, such as XKX for Kosovo.</p>}
      {q.status === 'loading' && validCountry && <p role="status">Loading renewals…</p>}
      {q.status === 'error' && <LoadFailure what="the renewals" error={q.error} retry={q.refetch} />}
      {q.status === 'success' && <RenewalList renewals={q.data.mandateRenewals} />}
    </article>
  );
}

function RenewalList({ renewals }: { renewals: Renewal[] }) {
  if (renewals.length === 0) return <p className="empty">No mandate expires in this window.</p>;
  const alone = renewals.filter((r) => r.cells.some((c) => c.dependsOnItAlone)).length;
  return (
    <>
      <p role="status">
        {renewals.length} mandate{renewals.length === 1 ? '' : 's'} expire{renewals.length === 1 ? 's' : ''}; {alone} leave
        {alone === 1 ? 's' : ''} a function with nobody else.
      </p>
      <ol className="renewals">
        {renewals.map((r) => (
          <li key={r.mandate.id}>
            <h2>
              {r.expires}: {r.mandate.reference}
            </h2>
            <p>
              Issued by{' '}
              <EntityLink kind="actor" id={r.mandate.body.id} title={r.mandate.body.name}>
                {shortName(r.mandate.body)}
              </EntityLink>{' '}
              for{' '}
              {r.missions.map((m, i) => (
                <span key={m.id}>
                  {i > 0 && ', '}
                  <EntityLink kind="mission" id={m.id} title={m.name}>
                    {shortName(m)}
                  </EntityLink>
                </span>
              ))}
              ; functions: {r.functions.map((f) => f.name).join(', ')}.
            </p>
            {r.cells.length > 0 && <Cells cells={r.cells} reference={r.mandate.reference} />}
          </li>
        ))}
      </ol>
    </>
  );
}

function Cells({ cells, reference }: { cells: Cell[]; reference: string }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>What depends on {reference} on its last day</caption>
        <thead>
          <tr>
            <th scope="col">Country</th>
            <th scope="col">Function</th>
            <th scope="col">Mission</th>
            <th scope="col">After it</th>
          </tr>
        </thead>
        <tbody>
          {cells.map((c) => (
            <tr key={`${c.country.code}|${c.function.code}|${c.mission.id}`}>
              <td>
                <EntityLink kind="country" id={c.country.code}>
                  {c.country.name}
                </EntityLink>
              </td>
              <td>{c.function.name}</td>
              <td>{shortName(c.mission)}</td>
              <td>
                {c.keptByMission && 'Kept through another mandate'}
                {c.dependsOnItAlone && <strong>Depends on it alone</strong>}
                {!c.keptByMission && !c.dependsOnItAlone && (
                  <>
                    Also covered by{' '}
                    {c.others.map((o, i) => (
                      <span key={`${o.subject.__typename}:${o.subject.id}`}>
                        {i > 0 && ', '}
                        <EntityLink kind={o.subject.__typename === 'Mission' ? 'mission' : 'activity'} id={o.subject.id}>
                          {o.subject.__typename === 'Mission' ? shortName(o.subject) : o.subject.title}
                        </EntityLink>
                        {o.until ? ` (until ${o.until})` : ''}
                      </span>
                    ))}
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
