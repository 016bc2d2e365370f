import { useId } from 'react';
import type { FunctionCode } from '@/gql/graphql';
import type { FundingTotals } from '../api/funding-totals';
import type { AuditFilters } from '../utils/audit-filters';
import { YearSelect } from './year-select';

type Props = {
  years: number[];
  year: number;
  onYearChange: (year: number) => void;
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
  /** The year's totals without the filters: the countries and functions to offer, with their counts. */
  options?: FundingTotals;
};

/** Year, country and function: what every section of the audit shows. */
export function AuditFiltersBar({ years, year, onYearChange, filters, onFiltersChange, options }: Props) {
  const countryId = useId();
  const functionId = useId();
  const countries = (options?.byCountry ?? []).flatMap((b) => (b.country ? [{ ...b.country, n: b.activities }] : []));
  const functions = (options?.byFunction ?? []).flatMap((b) => (b.function ? [{ ...b.function, n: b.activities }] : []));
  // The one asked for in the address stays offered even when this year's funding has none there.
  if (filters.country && !countries.some((c) => c.code === filters.country)) countries.push({ code: filters.country, name: filters.country, n: 0 });
  if (filters.function && !functions.some((f) => f.code === filters.function)) functions.push({ code: filters.function, name: filters.function, n: 0 });
  countries.sort((a, b) => a.name.localeCompare(b.name));
  functions.sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className="audit-filters">
      <legend>Show</legend>
      <YearSelect years={years} value={year} onChange={onYearChange} />
      <p>
        <label htmlFor={countryId}>Country</label>{' '}
        <select
          id={countryId}
          value={filters.country ?? ''}
          onChange={(e) => onFiltersChange({ ...filters, country: e.target.value || null })}
        >
          <option value="">All countries</option>
          {countries.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name} ({c.n})
            </option>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={functionId}>Function</label>{' '}
        <select
          id={functionId}
          value={filters.function ?? ''}
          onChange={(e) => onFiltersChange({ ...filters, function: (e.target.value || null) as FunctionCode | null })}
        >
          <option value="">All functions</option>
          {functions.map((f) => (
            <option key={f.code} value={f.code}>
              {f.name} ({f.n})
            </option>
          ))}
        </select>
      </p>
      {(filters.country || filters.function) && (
        <p>
          <button type="button" onClick={() => onFiltersChange({ country: null, function: null })}>
            Clear country and function
          </button>
        </p>
      )}
    </fieldset>
  );
}
