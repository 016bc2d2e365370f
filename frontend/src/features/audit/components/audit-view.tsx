import { useMemo } from 'react';
import { useAsync } from '@/lib/use-async';
import { useQuery } from '@/lib/use-query';
import { loadFundedActivities } from '../api/funded-activities';
import { AuditFundingTotalsDocument } from '../api/funding-totals';
import { matchesFilters, type AuditFilters } from '../utils/audit-filters';
import { ALL_YEARS, inPortfolioYear, portfolioYears } from '../utils/audit-year';
import { ActivitiesSection } from './activities-section';
import { AuditFiltersBar } from './audit-filters-bar';
import { FragmentationSection } from './fragmentation-section';
import { LoadFailure } from '@/components/load-failure';
import { OverlapsSection } from './overlaps-section';
import { TotalsSection } from './totals-section';

type Props = {
  org: { id: string; name: string };
  year: number;
  onYearChange: (year: number) => void;
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
  minScore: number;
  onMinScoreChange: (score: number) => void;
};

/** " in Mali, on Justice": what the filters keep, for the sections' sentences. */
function describeFilters(filters: AuditFilters, names: { country?: string; function?: string }): string {
  return [
    filters.country ? ` in ${names.country ?? filters.country}` : '',
    filters.function ? `${filters.country ? ',' : ''} on ${names.function ?? filters.function}` : '',
  ].join('');
}

/**
 * The audit of one organisation: totals added up by the API, then what it funds, where that
 * overlaps others and how fragmented the money is, for one year (or all) and a country and a
 * function (or all).
 */
export function AuditView({ org, year, onYearChange, filters, onFiltersChange, minScore, onMinScoreChange }: Props) {
  const yearVar = year === ALL_YEARS ? null : year;
  // The year's totals without the filters give the countries and functions to choose from; with
  // no filter it is the same request as the totals shown.
  const options = useQuery(AuditFundingTotalsDocument, { funder: org.id, year: yearVar, country: null, function: null });
  const totals = useQuery(AuditFundingTotalsDocument, {
    funder: org.id,
    year: yearVar,
    country: filters.country,
    function: filters.function,
  });
  const q = useAsync((signal) => loadFundedActivities(org.id, signal), ['funded-activities', org.id]);
  const all = q.data;
  const years = useMemo(() => (all ? portfolioYears(all, org.id, new Date().getFullYear()) : []), [all, org.id]);
  const activities = useMemo(
    () => (all ? all.filter((a) => inPortfolioYear(a, org.id, year) && matchesFilters(a, filters)) : []),
    [all, org.id, year, filters],
  );
  const o = options.data?.fundingTotals;
  const filtered = describeFilters(filters, {
    country: o?.byCountry.find((b) => b.country?.code === filters.country)?.country?.name,
    function: o?.byFunction.find((b) => b.function?.code === filters.function)?.function?.name,
  });

  return (
    <>
      <AuditFiltersBar
        years={years}
        year={year}
        onYearChange={onYearChange}
        filters={filters}
        onFiltersChange={onFiltersChange}
        options={o}
      />
      <TotalsSection org={org} year={year} totals={totals} filtered={filtered} />
      {q.status === 'loading' ? (
        <p role="status">Loading the activities {org.name} funds…</p>
      ) : q.status === 'error' ? (
        <LoadFailure what="the activities funded" error={q.error} retry={q.refetch} />
      ) : (
        <>
          <ActivitiesSection org={org} year={year} activities={activities} total={q.data.length} filtered={filtered} />
          <OverlapsSection
            org={org}
            year={year}
            activities={activities}
            filters={filters}
            minScore={minScore}
            onMinScoreChange={onMinScoreChange}
          />
          <FragmentationSection org={org} year={year} activities={activities} filters={filters} />
        </>
      )}
    </>
  );
}
