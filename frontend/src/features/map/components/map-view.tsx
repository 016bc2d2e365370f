import { useId, useMemo, useRef, useState } from 'react';
import { LoadFailure } from '@/components/load-failure';
import { useQuery } from '@/lib/use-query';
import { CountrySummariesQueryDocument, countsFrom, summaryNames, undatedFrom } from '../api/country-summaries';
import { countMissionsByCountry, deploymentNames, MissionsAtQueryDocument } from '../api/missions-at';
import { countryRows } from '../utils/country-rows';
import { countryShapes } from '../utils/country-shapes';
import { MEASURE_INFO, MEASURES, type Measure } from '../utils/shading';
import { CountryTable } from './country-table';
import { MapLegend, WorldMap } from './world-map';
import { YearSlider } from './year-slider';
import './map.css';

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2026;

/** The id of the country table's filter box, the target of the page's skip link. */
export const COUNTRY_FILTER_ID = 'country-filter';

/** The day a year stands for on the map: 1 July. */
export function dayOfYear(year: number): string {
  return `${year}-07-01`;
}

type Props = {
  year: number;
  measure: Measure;
  onYearChange: (year: number) => void;
  onMeasureChange: (measure: Measure) => void;
  /** Overlaps count pairs that share only a sector label too (the API's includeLabels). */
  labels?: boolean;
  onLabelsChange?: (labels: boolean) => void;
  onSelectCountry: (code: string, day: string) => void;
  /** The address of a country's page on the day, for the country table's links. */
  countryHref: (code: string, day: string) => string;
};

type Counted = { measure: Measure; counts: Record<string, number>; names: Record<string, string> };

export function MapView({ year, measure, onYearChange, onMeasureChange, onSelectCountry, countryHref, labels = false, onLabelsChange }: Props) {
  const sliderId = useId();
  const filterRef = useRef<HTMLInputElement>(null);
  const day = dayOfYear(year);
  // Missions are counted from their deployments, which also gives the day's distinct total;
  // engagements and overlapping pairs are counted by the API, per country.
  const missions = useQuery(MissionsAtQueryDocument, { date: day }, { skip: measure !== 'missions' });
  const summaries = useQuery(CountrySummariesQueryDocument, { date: day, labels }, { skip: measure === 'missions' });
  const q = measure === 'missions' ? missions : summaries;
  const counted = useMemo((): Counted | undefined => {
    if (measure === 'missions') {
      if (missions.status !== 'success') return undefined;
      const nodes = missions.data.missions.edges.map((e) => e.node);
      return { measure, counts: countMissionsByCountry(nodes, day), names: deploymentNames(nodes) };
    }
    if (summaries.status !== 'success') return undefined;
    const list = summaries.data.countrySummaries;
    return { measure, counts: countsFrom(list, measure), names: summaryNames(list) };
  }, [measure, missions.status, missions.data, summaries.status, summaries.data, day]);
  // While another year loads, the map and the table keep the last counts of the same measure
  // rather than flashing every country to zero.
  const [last, setLast] = useState<Counted | undefined>(undefined);
  if (counted && counted !== last) setLast(counted);
  const shown = counted ?? (last?.measure === measure ? last : undefined);
  const counts = useMemo(() => shown?.counts ?? {}, [shown]);
  const rows = useMemo(() => countryRows(countryShapes(), counts, shown?.names ?? {}), [counts, shown]);
  const { many } = MEASURE_INFO[measure];

  let status = '';
  if (q.status === 'loading') status = `Loading ${many}…`;
  else if (measure === 'missions' && missions.status === 'success') {
    const total = missions.data.missions.totalCount;
    status =
      total === 0
        ? 'No missions were active on that day.'
        : `${total} ${total === 1 ? 'mission' : 'missions'} active on ${day}.`;
  } else if (q.status === 'success') {
    const total = Object.values(counts).reduce((a, b) => a + b, 0);
    const countries = Object.keys(counts).length;
    status = total === 0 ? `No ${many} on that day.` : `${total} ${many} in ${countries} ${countries === 1 ? 'country' : 'countries'} on ${day}.`;
    // Records without dates are not evidence of presence on a day: say how many were left out.
    const undated = summaries.status === 'success' ? undatedFrom(summaries.data.countrySummaries) : 0;
    if (undated > 0) {
      status += ` ${undated} ${undated === 1 ? 'record' : 'records'} without dates left out.`;
    }
  }

  return (
    <section aria-labelledby={`${sliderId}-h`} className="map-page">
      <h1 id={`${sliderId}-h`}>Missions around the world</h1>
      <p className="map-tagline">
        Concord shows who does what, where and when in peace operations and rule-of-law support, and where the actors’ work
        overlaps.
      </p>
      {/* Before the map's 170-odd countries in the tab order: the table reaches any of them in a few key presses. */}
      <a
        className="map-skip-link"
        href={`#${COUNTRY_FILTER_ID}`}
        onClick={(e) => {
          e.preventDefault();
          filterRef.current?.focus();
        }}
      >
        Skip to the country table
      </a>
      <div className="map-controls">
        <YearSlider id={sliderId} year={year} min={FIRST_YEAR} max={LAST_YEAR} onYearChange={onYearChange} />
        <label htmlFor={`${sliderId}-measure`}>Shade countries by</label>
        <select id={`${sliderId}-measure`} value={measure} onChange={(e) => onMeasureChange(e.target.value as Measure)}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {MEASURE_INFO[m].label}
            </option>
          ))}
        </select>
        {measure === 'overlaps' && onLabelsChange && (
          <label>
            <input type="checkbox" checked={labels} onChange={(e) => onLabelsChange(e.target.checked)} /> Pairs that share only a
            sector label too
          </label>
        )}
        <p role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <MapLegend measure={measure} year={year} />
      <div className="map-layout">
        <div className="map-main">
          {q.status === 'error' && <LoadFailure what={many} error={q.error} retry={q.refetch} />}
          <WorldMap
            counts={counts}
            measure={measure}
            onSelect={(code) => onSelectCountry(code, day)}
            label={`World map: ${many} on ${day}; select a country to open it`}
            when={`on 1 July ${year}`}
          />
        </div>
        <CountryTable
          rows={rows}
          measure={measure}
          day={day}
          countryHref={(code) => countryHref(code, day)}
          filterRef={filterRef}
          filterId={COUNTRY_FILTER_ID}
          busy={q.status === 'loading'}
        />
      </div>
    </section>
  );
}
