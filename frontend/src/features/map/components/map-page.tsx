import { useNavigate, useSearchParams } from 'react-router';
import { isMeasure } from '../utils/shading';
import { FIRST_YEAR, LAST_YEAR, MapView } from './map-view';

/** The address of a country's page on a day, keeping the map's choice of label overlaps. */
export function countryPath(code: string, day: string, labels: boolean): string {
  return `/country/${code}?at=${day}${labels ? '&labels=1' : ''}`;
}

/** The map with its year, measure and label choice kept in the address (?year=&by=&labels=1). */
export function MapPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const y = Number(params.get('year'));
  const year = y >= FIRST_YEAR && y <= LAST_YEAR ? y : Math.min(new Date().getFullYear(), LAST_YEAR);
  const by = params.get('by');
  const measure = isMeasure(by) ? by : 'missions';
  const labels = params.get('labels') === '1';
  const update = (next: { year?: number; by?: string; labels?: boolean }) => {
    const p: Record<string, string> = { year: String(next.year ?? year), by: next.by ?? measure };
    if (next.labels ?? labels) p.labels = '1';
    setParams(p, { replace: true });
  };
  return (
    <MapView
      year={year}
      measure={measure}
      onYearChange={(next) => update({ year: next })}
      onMeasureChange={(next) => update({ by: next })}
      labels={labels}
      onLabelsChange={(next) => update({ labels: next })}
      onSelectCountry={(code, day) => navigate(countryPath(code, day, labels))}
      countryHref={(code, day) => countryPath(code, day, labels)}
    />
  );
}
