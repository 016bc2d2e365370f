import { useId } from 'react';
import type { FundedActivity } from '../api/funded-activities';
import { fundedActivitiesRows } from '../utils/audit-csv';
import { ALL_YEARS, fundingsInYear } from '../utils/audit-year';
import { csvFilename } from '@/lib/download';
import { actorLabel, formatAmount, formatPeriod } from '../utils/format';
import { CsvButton } from './csv-button';

type Props = {
  org: { id: string; name: string };
  year: number;
  /** The activities of the year. */
  activities: FundedActivity[];
  /** How many the organisation funds in all. */
  total: number;
};

function Funding({ activity, orgId, year }: { activity: FundedActivity; orgId: string; year: number }) {
  const fundings = fundingsInYear(activity, orgId, year);
  if (fundings.length === 0) return <span className="empty">none counted this year</span>;
  return (
    <ul className="plain">
      {fundings.map((f, i) => (
        <li key={i}>
          {f.amount == null ? 'amount not recorded' : formatAmount(f.amount, f.currency)}
          {f.year != null && ` (${f.year})`}
        </li>
      ))}
    </ul>
  );
}

export function ActivitiesSection({ org, year, activities, total }: Props) {
  const headingId = useId();
  const when = year === ALL_YEARS ? '' : ` in ${year}`;
  return (
    <section aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>Activities funded</h2>
        <CsvButton
          label="the activities funded"
          filename={csvFilename('funded-activities', org.id, year || 'all-years')}
          rows={() => fundedActivitiesRows(activities, org.id, year)}
          disabled={activities.length === 0}
        />
      </div>
      <p>
        {total === 0
          ? `No activity funded by ${org.name} is recorded.`
          : year === ALL_YEARS
            ? `${org.name} funds ${total} recorded ${total === 1 ? 'activity' : 'activities'}.`
            : `${activities.length} of the ${total} activities ${org.name} funds ran or were funded by it${when}.`}
      </p>
      {activities.length > 0 && (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Activities funded by {org.name}{when}</caption>
            <thead>
              <tr>
                <th scope="col">Activity</th>
                <th scope="col">Countries</th>
                <th scope="col">Functions</th>
                <th scope="col">Period</th>
                <th scope="col">Implementers</th>
                <th scope="col">Funding by {org.name}</th>
              </tr>
            </thead>
            <tbody>
              {activities.map((a) => (
                <tr key={a.id}>
                  <th scope="row">
                    {a.title} <small className="record-id">{a.id}</small>
                  </th>
                  <td>{a.countries.map((c) => c.name).join(', ')}</td>
                  <td>{a.functions.map((f) => f.name).join(', ')}</td>
                  <td className="nowrap">{formatPeriod(a.start, a.end)}</td>
                  <td>{a.implementers.map(actorLabel).join(', ') || '—'}</td>
                  <td>
                    <Funding activity={a} orgId={org.id} year={year} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
