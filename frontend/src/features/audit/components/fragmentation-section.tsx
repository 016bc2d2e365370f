import { useMemo, useState } from 'react';
import { useAsync } from '@/lib/use-async';
import { loadFragmentation } from '../api/fragmentation';
import type { FundedActivity } from '../api/funded-activities';
import { fragmentationRows } from '../utils/audit-csv';
import type { AuditFilters } from '../utils/audit-filters';
import { ALL_YEARS } from '../utils/audit-year';
import { csvFilename } from '@/lib/download';
import { formatAmount, formatShare } from '../utils/format';
import { fragmentationCells } from '../utils/fragmentation-cells';
import { mapWithLimit } from '../utils/map-with-limit';
import { CsvButton } from './csv-button';
import { TableScroll } from './table-scroll';
import { CollapsibleSection } from './collapsible-section';
import { FragmentationDetails } from './fragmentation-details';
import { Pager } from './pager';
import { LoadFailure } from '@/components/load-failure';

type Props = { org: { id: string; name: string }; year: number; activities: FundedActivity[]; filters: AuditFilters };

/** One request per country × function, a few at a time so a large portfolio does not flood the API. */
const PARALLEL_REQUESTS = 4;
const PAGE_SIZE = 20;

export function FragmentationSection({ org, year, activities, filters }: Props) {
  const [page, setPage] = useState(0);
  // Only the country and function filtered on (an activity kept for Mali may also work in Niger).
  const cells = useMemo(
    () =>
      fragmentationCells(activities).filter(
        (c) =>
          (!filters.country || c.country === filters.country) &&
          (!filters.function || c.function === filters.function || c.parent === filters.function),
      ),
    [activities, filters],
  );
  const [shownFor, setShownFor] = useState(cells);
  if (shownFor !== cells) {
    setShownFor(cells);
    setPage(0);
  }
  const q = useAsync(
    (signal) => mapWithLimit(cells, PARALLEL_REQUESTS, (c) => loadFragmentation(c, year, signal)),
    ['fragmentation', year, cells.map((c) => [c.country, c.function])],
    { skip: cells.length === 0 },
  );

  return (
    <CollapsibleSection
      title="Fragmentation by country and function"
      actions={
        <CsvButton
          label="fragmentation"
          filename={csvFilename('fragmentation', org.id, year || 'all-years')}
          rows={() => fragmentationRows(q.data ?? [], org.id)}
          disabled={!q.data?.length}
        />
      }
    >
      <p className="hint">
        Everyone’s funding of each function in each country where {org.name} funds it
        {year === ALL_YEARS ? ', all years together' : `, in ${year}`}. HHI (Herfindahl-Hirschman index) is the sum
        of the squared funding shares: 1 when one funder gives everything, 1/n for n equal funders.
      </p>
      {cells.length === 0 ? (
        <p className="empty">No activities, so nothing to measure.</p>
      ) : q.status === 'loading' ? (
        <p role="status">
          Measuring {cells.length} country and function {cells.length === 1 ? 'pair' : 'pairs'}…
        </p>
      ) : q.status === 'error' ? (
        <LoadFailure what="fragmentation" error={q.error} retry={q.refetch} />
      ) : (
        <>
        <TableScroll label="Funding concentration, scrolls sideways">
          <table className="data-table">
            <caption className="visually-hidden">Funding concentration where {org.name} funds</caption>
            <thead>
              <tr>
                <th scope="col">Country</th>
                <th scope="col">Function</th>
                <th scope="col">Funders</th>
                <th scope="col">Implementers</th>
                <th scope="col">Total counted</th>
                <th scope="col">HHI</th>
                <th scope="col">{org.name}’s share</th>
                <th scope="col">Shares, passed on, notes</th>
              </tr>
            </thead>
            <tbody>
              {q.data.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((f) => {
                const own = f.shares.find((s) => s.actor.id === org.id);
                return (
                  <tr key={`${f.country.code}-${f.function.code}`}>
                    <td>{f.country.name}</td>
                    <th scope="row">{f.function.name}</th>
                    <td className="number">{f.funders}</td>
                    <td className="number">{f.implementers}</td>
                    <td className="number">{f.total > 0 ? formatAmount(f.total, f.currency) : '—'}</td>
                    <td className="number">{f.total > 0 ? f.hhi.toFixed(3) : '—'}</td>
                    <td className="number">
                      {own ? `${formatShare(own.share)} (${formatAmount(own.amount, f.currency)})` : '—'}
                    </td>
                    <td>
                      <FragmentationDetails f={f} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
        <Pager what="country and function pairs" page={page} pageSize={PAGE_SIZE} total={q.data.length} onPage={setPage} />
        </>
      )}
    </CollapsibleSection>
  );
}
