import { useId, useMemo } from 'react';
import { useAsync } from '@/lib/use-async';
import { loadFragmentation } from '../api/fragmentation';
import type { FundedActivity } from '../api/funded-activities';
import { fragmentationRows } from '../utils/audit-csv';
import { ALL_YEARS } from '../utils/audit-year';
import { csvFilename } from '@/lib/download';
import { formatAmount, formatShare } from '../utils/format';
import { fragmentationCells } from '../utils/fragmentation-cells';
import { mapWithLimit } from '../utils/map-with-limit';
import { CsvButton } from './csv-button';
import { FragmentationDetails } from './fragmentation-details';
import { LoadFailure } from '@/components/load-failure';

type Props = { org: { id: string; name: string }; year: number; activities: FundedActivity[] };

/** One request per country × function, a few at a time so a large portfolio does not flood the API. */
const PARALLEL_REQUESTS = 4;

export function FragmentationSection({ org, year, activities }: Props) {
  const headingId = useId();
  const cells = useMemo(() => fragmentationCells(activities), [activities]);
  const q = useAsync(
    (signal) => mapWithLimit(cells, PARALLEL_REQUESTS, (c) => loadFragmentation(c, year, signal)),
    ['fragmentation', year, cells.map((c) => [c.country, c.function])],
    { skip: cells.length === 0 },
  );

  return (
    <section aria-labelledby={headingId}>
      <div className="section-head">
        <h2 id={headingId}>Fragmentation by country and function</h2>
        <CsvButton
          label="the fragmentation"
          filename={csvFilename('fragmentation', org.id, year || 'all-years')}
          rows={() => fragmentationRows(q.data ?? [], org.id)}
          disabled={!q.data?.length}
        />
      </div>
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
        <div className="table-scroll">
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
              {q.data.map((f) => {
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
        </div>
      )}
    </section>
  );
}
