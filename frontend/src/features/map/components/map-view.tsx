import { useId, useMemo } from 'react';
import { LoadFailure } from '@/components/load-failure';
import { useQuery } from '@/lib/use-query';
import { CountrySummariesQueryDocument, countsFrom, undatedFrom } from '../api/country-summaries';
import { countMissionsByCountry, MissionsAtQueryDocument } from '../api/missions-at';
import { MEASURE_INFO, MEASURES, type Measure } from '../utils/shading';
import { MapLegend, WorldMap } from './world-map';

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2026;

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
};

export function MapView({ year, measure, onYearChange, onMeasureChange, onSelectCountry, labels = false, onLabelsChange }: Props) {
  const sliderId = useId();
  const day = dayOfYear(year);
  // Missions are counted from their deployments, which also gives the day's distinct total;
  // engagements and overlapping pairs are counted by the API, per country.
  const missions = useQuery(MissionsAtQueryDocument, { date: day }, { skip: measure !== 'missions' });
  const summaries = useQuery(CountrySummariesQueryDocument, { date: day, labels }, { skip: measure === 'missions' });
  const q = measure === 'missions' ? missions : summaries;
  const counts = useMemo(() => {
    if (measure === 'missions') {
      return missions.status === 'success' ? countMissionsByCountry(missions.data.missions.edges.map((e) => e.node), day) : {};
    }
    return summaries.status === 'success' ? countsFrom(summaries.data.countrySummaries, measure) : {};
  }, [measure, missions.status, missions.data, summaries.status, summaries.data, day]);
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
    <section aria-labelledby={`${sliderId}-h`}>
      <h1 id={`${sliderId}-h`}>Missions around the world</h1>
      <div className="map-controls">
        <label htmlFor={sliderId}>Date: 1 July {year}</label>
        <input
          id={sliderId}
          type="range"
          min={FIRST_YEAR}
          max={LAST_YEAR}
          step={1}
          value={year}
          onChange={(e) => onYearChange(Number(e.target.value))}
          aria-valuetext={`1 July ${year}`}
        />
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
      {q.status === 'error' && <LoadFailure what={many} error={q.error} retry={q.refetch} />}
      <WorldMap
        counts={counts}
        measure={measure}
        onSelect={(code) => onSelectCountry(code, day)}
        label={`World map: ${many} on ${day}; select a country to open it`}
      />
      <MapLegend measure={measure} />
    </section>
  );
}
