import { useState } from 'react';
import type { FundedActivity } from '../api/funded-activities';
import { activityStatusName } from '../utils/activity-status';
import { fundedActivitiesRows } from '../utils/audit-csv';
import { ALL_YEARS, fundingsInYear } from '../utils/audit-year';
import { csvFilename } from '@/lib/download';
import { actorLabel, formatAmount, formatPeriod } from '../utils/format';
import { TableScroll } from './table-scroll';
import { CollapsibleSection } from './collapsible-section';
import { CsvButton } from './csv-button';
import { Pager } from './pager';

type Props = {
  org: { id: string; name: string };
  year: number;
  /** The activities of the year and filters. */
  activities: FundedActivity[];
  /** How many the organisation funds in all. */
  total: number;
  /** Says what the filters keep, e.g. " in Mali". */
  filtered: string;
};

const PAGE_SIZE = 20;

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

/**
 * Where an activity works: its countries, and the IATI recipient regions it names (DAC regions
 * by name, a publisher's own by code); one naming neither is said to be so.
 */
function Countries({ activity }: { activity: FundedActivity }) {
  const regions = activity.regions.map((r) => r.name ?? `region ${r.code} (vocabulary ${r.vocabulary})`);
  const places = [...activity.countries.map((c) => c.name), ...regions];
  if (places.length === 0) return <span className="empty">No country or region recorded</span>;
  return <>{places.join(', ')}</>;
}

export function ActivitiesSection({ org, year, activities, total, filtered }: Props) {
  const [page, setPage] = useState(0);
  // A new year or filter starts again at the first page.
  const [shownFor, setShownFor] = useState(activities);
  if (shownFor !== activities) {
    setShownFor(activities);
    setPage(0);
  }
  const when = year === ALL_YEARS ? '' : ` in ${year}`;
  const rows = activities.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  return (
    <CollapsibleSection
      title="Activities funded"
      actions={
        <CsvButton
          label="funded activities"
          filename={csvFilename('funded-activities', org.id, year || 'all-years')}
          rows={() => fundedActivitiesRows(activities, org.id, year)}
          disabled={activities.length === 0}
        />
      }
    >
      <p>
        {total === 0
          ? `No activity funded by ${org.name} is recorded.`
          : year === ALL_YEARS && !filtered
            ? `${org.name} funds ${total} recorded ${total === 1 ? 'activity' : 'activities'}.`
            : `${activities.length} of the ${total} activities ${org.name} funds ran or were funded by it${filtered}${when}.`}
      </p>
      {activities.length > 0 && (
        <>
          <TableScroll label={`Activities funded by ${org.name}, scrolls sideways`}>
            <table className="data-table">
              <caption className="visually-hidden">
                Activities funded by {org.name}
                {filtered}
                {when}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Activity</th>
                  <th scope="col">Countries</th>
                  <th scope="col">Functions</th>
                  <th scope="col">Period</th>
                  <th scope="col">Status</th>
                  <th scope="col">Implementers</th>
                  <th scope="col">Funding by {org.name}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">
                      {a.title} <small className="record-id">{a.id}</small>
                    </th>
                    <td>
                      <Countries activity={a} />
                    </td>
                    <td>{a.functions.map((f) => f.name).join(', ')}</td>
                    <td className="nowrap">{formatPeriod(a.start, a.end)}</td>
                    <td>{activityStatusName(a.status)}</td>
                    <td>{a.implementers.map(actorLabel).join(', ') || '—'}</td>
                    <td>
                      <Funding activity={a} orgId={org.id} year={year} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          <Pager what="activities" page={page} pageSize={PAGE_SIZE} total={activities.length} onPage={setPage} />
        </>
      )}
    </CollapsibleSection>
  );
}
