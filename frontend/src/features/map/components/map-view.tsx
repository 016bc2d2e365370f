import { useId, useMemo } from 'react';
import { useQuery } from '@/lib/use-query';
import { countMissionsByCountry, MissionsAtQueryDocument } from '../api/missions-at';
import { MapLegend, WorldMap } from './world-map';

export const FIRST_YEAR = 1992;
export const LAST_YEAR = 2026;

/** The day a year stands for on the map: 1 July. */
export function dayOfYear(year: number): string {
  return `${year}-07-01`;
}

type Props = {
  year: number;
  onYearChange: (year: number) => void;
  onSelectCountry: (code: string, day: string) => void;
};

export function MapView({ year, onYearChange, onSelectCountry }: Props) {
  const sliderId = useId();
  const day = dayOfYear(year);
  const q = useQuery(MissionsAtQueryDocument, { date: day });
  const counts = useMemo(
    () => (q.status === 'success' ? countMissionsByCountry(q.data.missions.edges.map((e) => e.node), day) : {}),
    [q.status, q.data, day],
  );
  const total = q.status === 'success' ? q.data.missions.totalCount : undefined;

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
        <p role="status" aria-live="polite">
          {q.status === 'loading' && 'Loading missions…'}
          {q.status === 'success' &&
            (total === 0 ? 'No missions were active on that day.' : `${total} missions active on ${day}.`)}
        </p>
      </div>
      {q.status === 'error' && (
        <p role="alert" className="error">
          Could not load missions: {q.error.message}{' '}
          <button type="button" onClick={q.refetch}>
            Retry
          </button>
        </p>
      )}
      <WorldMap
        counts={counts}
        onSelect={(code) => onSelectCountry(code, day)}
        label={`World map: missions present on ${day}; select a country to open it`}
      />
      <MapLegend />
    </section>
  );
}
