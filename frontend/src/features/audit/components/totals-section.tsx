import { LoadFailure } from '@/components/load-failure';
import { csvFilename } from '@/lib/download';
import type { FundingTotals } from '../api/funding-totals';
import { ALL_YEARS } from '../utils/audit-year';
import { formatAmount } from '../utils/format';
import { bucketRows, byActivities, currencyRows, totalsRows } from '../utils/funding-totals';
import type { QueryResult } from '@/lib/use-query';
import { BarChart } from './bar-chart';
import { CollapsibleSection } from './collapsible-section';
import { CsvButton } from './csv-button';

type Props = {
  org: { id: string; name: string };
  year: number;
  /** The API's totals for the organisation, the year and the filters. */
  totals: QueryResult<{ fundingTotals: FundingTotals }>;
  /** Says what the filters keep, e.g. " in Mali, on justice". */
  filtered: string;
};

/** Countries and functions beyond this many are behind "Show all". */
const CHART_ROWS = 8;

export function TotalsSection({ org, year, totals, filtered }: Props) {
  const t = totals.data?.fundingTotals;
  return (
    <CollapsibleSection
      title="Totals"
      actions={
        <CsvButton
          label="totals"
          filename={csvFilename('funding-totals', org.id, year || 'all-years')}
          rows={() => (t ? totalsRows(t) : [])}
          disabled={!t}
        />
      }
    >
      {totals.status === 'loading' ? (
        <p role="status">Adding up the funding…</p>
      ) : totals.status === 'error' ? (
        <LoadFailure what="the totals" error={totals.error} retry={totals.refetch} />
      ) : t && t.activities === 0 ? (
        <p className="empty">No funding by {org.name} is recorded{filtered}{year === ALL_YEARS ? '' : ` in ${year}`}.</p>
      ) : t ? (
        <>
          <p className="totals-headline">
            <strong>{t.activities.toLocaleString('en-GB')}</strong> {t.activities === 1 ? 'activity' : 'activities'} funded
            {filtered}
            {year === ALL_YEARS ? '' : ` in ${year}`}:{' '}
            {t.total.length === 0 ? 'no amount recorded' : t.total.map((m) => formatAmount(m.amount, m.currency)).join(' and ')}
            {t.unknownAmounts > 0 &&
              ` (${t.unknownAmounts} of ${t.fundings} ${t.fundings === 1 ? 'funding has' : 'fundings have'} no amount you can see)`}
            .
          </p>
          <p className="hint">
            Totals are per currency: amounts in different currencies are never added. An activity in several countries or
            with several functions counts in full in each, so those totals can add up to more than the whole.
            {year === ALL_YEARS ? '' : ` ${year} counts the fundings of ${year} and, when an activity ran in ${year}, those recorded without a year.`}
          </p>
          <div className="charts">
            <BarChart caption="By year of funding" keyLabel="Year" rows={bucketRows(t, 'year')} />
            <BarChart
              caption="By currency"
              keyLabel="Currency"
              rows={currencyRows(t)}
            />
            <BarChart caption="By country" keyLabel="Country" rows={byActivities(bucketRows(t, 'country'))} limit={CHART_ROWS} />
            <BarChart caption="By function" keyLabel="Function" rows={byActivities(bucketRows(t, 'function'))} limit={CHART_ROWS} />
          </div>
        </>
      ) : null}
    </CollapsibleSection>
  );
}
