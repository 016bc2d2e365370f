import { useMemo, useState } from 'react';
import { useAsync } from '@/lib/use-async';
import type { FundedActivity } from '../api/funded-activities';
import { loadCountryOverlaps, MAX_OVERLAPS_PER_COUNTRY } from '../api/country-overlaps';
import { overlapsRows } from '../utils/audit-csv';
import { countriesToSearch, type AuditFilters } from '../utils/audit-filters';
import { ALL_YEARS, yearWindow } from '../utils/audit-year';
import { csvFilename } from '@/lib/download';
import { formatPeriod } from '../utils/format';
import { mapWithLimit } from '../utils/map-with-limit';
import { ownOverlaps, type OverlapSideView } from '../utils/own-overlaps';
import { TableScroll } from './table-scroll';
import { CollapsibleSection } from './collapsible-section';
import { CsvButton } from './csv-button';
import { Pager } from './pager';
import { ScoreThreshold } from './score-threshold';
import { LoadFailure } from '@/components/load-failure';

type Props = {
  org: { id: string; name: string };
  year: number;
  activities: FundedActivity[];
  filters: AuditFilters;
  /** Pairs scoring below it are left out. */
  minScore: number;
  onMinScoreChange: (score: number) => void;
};

/** Countries are asked a few at a time so a large portfolio does not flood the API. */
const PARALLEL_REQUESTS = 3;
const PAGE_SIZE = 20;

function Side({ side }: { side: OverlapSideView }) {
  return (
    <>
      {side.label} <small>({side.kind === 'Mission' ? 'mission' : 'activity'})</small>
    </>
  );
}

export function OverlapsSection({ org, year, activities, filters, minScore, onMinScoreChange }: Props) {
  const [page, setPage] = useState(0);
  const countries = useMemo(
    () => countriesToSearch([...new Set(activities.flatMap((a) => a.countries.map((c) => c.code)))].sort(), filters),
    [activities, filters],
  );
  const q = useAsync(
    (signal) =>
      mapWithLimit(countries, PARALLEL_REQUESTS, (c) => loadCountryOverlaps(c, org.id, yearWindow(year), signal, filters.function)),
    ['funded-overlaps', org.id, year, filters.function, countries],
    { skip: countries.length === 0 },
  );
  const all = useMemo(
    () => (q.data ? ownOverlaps(q.data.flatMap((c) => c.overlaps), new Set(activities.map((a) => a.id)), org.id) : []),
    [q.data, activities, org.id],
  );
  const rows = useMemo(() => all.filter((r) => r.score >= minScore), [all, minScore]);
  // A new threshold or answer starts again at the first page.
  const [shownFor, setShownFor] = useState(rows);
  if (shownFor !== rows) {
    setShownFor(rows);
    setPage(0);
  }
  const cut = q.data?.filter((c) => c.total > c.overlaps.length) ?? [];

  return (
    <CollapsibleSection
      title="Overlaps with others"
      actions={
        <CsvButton
          label="overlaps"
          filename={csvFilename('overlaps', org.id, year || 'all-years')}
          rows={() => overlapsRows(rows)}
          disabled={rows.length === 0}
        />
      }
    >
      <p className="hint">
        Pairs in which one side is an activity {org.name} funds, or a mission it leads or contributes to, and the
        other works on a shared function in the same country at the same time
        {year === ALL_YEARS ? '' : ` in ${year}`}. Score 0–1: higher looks more like duplication.
      </p>
      <ScoreThreshold value={minScore} onChange={onMinScoreChange} />
      {countries.length === 0 ? (
        <p className="empty">No activities, so no overlaps to look for.</p>
      ) : q.status === 'loading' ? (
        <p role="status">
          Looking for overlaps in {countries.length} {countries.length === 1 ? 'country' : 'countries'}…
        </p>
      ) : q.status === 'error' ? (
        <LoadFailure what="overlaps" error={q.error} retry={q.refetch} />
      ) : all.length === 0 ? (
        <p className="empty">None of these activities overlaps another.</p>
      ) : (
        <>
          <p role="status">
            {rows.length} of {all.length} {all.length === 1 ? 'pair scores' : 'pairs score'} {minScore.toFixed(2)} or more.
          </p>
          {rows.length > 0 && (
            <TableScroll label={`Overlaps involving ${org.name}, scrolls sideways`}>
              <table className="data-table">
                <caption className="visually-hidden">
                  Overlaps involving {org.name} scoring {minScore.toFixed(2)} or more, highest score first
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Score</th>
                    <th scope="col">Country</th>
                    <th scope="col">{org.name}’s side</th>
                    <th scope="col">Overlaps with</th>
                    <th scope="col">Shared functions</th>
                    <th scope="col">Shared period</th>
                    <th scope="col">Explanation</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((r, i) => (
                    <tr key={`${r.country.code}-${r.own.id}-${r.other.id}-${i}`}>
                      <td className="number">{r.score.toFixed(2)}</td>
                      <td>{r.country.name}</td>
                      <th scope="row">
                        <Side side={r.own} />
                      </th>
                      <td>
                        <Side side={r.other} />
                        {r.other.actors.length > 0 && <div>by {r.other.actors.join(', ')}</div>}
                        {r.otherIsOwn && <span className="tag">also {org.name}’s</span>}
                      </td>
                      <td>{r.sharedFunctions.join(', ')}</td>
                      <td className="nowrap">{formatPeriod(r.from, r.to)}</td>
                      <td className="explanation">{r.explanation}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          <Pager what="overlaps" page={page} pageSize={PAGE_SIZE} total={rows.length} onPage={setPage} />
        </>
      )}
      {cut.length > 0 && (
        <p className="hint">
          Only the {MAX_OVERLAPS_PER_COUNTRY.toLocaleString('en-GB')} highest-scoring overlaps were read in{' '}
          {cut.map((c) => c.country).join(', ')}; lower-scoring ones are not shown.
        </p>
      )}
    </CollapsibleSection>
  );
}
