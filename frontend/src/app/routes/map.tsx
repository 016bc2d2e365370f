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
  const update = (next: { year?: number; by?: string }) =>
    setParams({ year: String(next.year ?? year), by: next.by ?? measure }, { replace: true });
  return (
    <MapView
      year={year}
      measure={measure}
      onYearChange={(next) => update({ year: next })}
      onMeasureChange={(next) => update({ by: next })}
      onSelectCountry={(code, day) => navigate(`/country/${code}?at=${day}`)}
    />
  );
}
