import { useNavigate, useSearchParams } from 'react-router';
import { FIRST_YEAR, LAST_YEAR, MapView } from '@/features/map/components/map-view';
import { isMeasure } from '@/features/map/utils/shading';

export function MapRoute() {
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
      onSelectCountry={(code, day) => navigate(`/country/${code}?at=${day}${labels ? '&labels=1' : ''}`)}
    />
  );
}
