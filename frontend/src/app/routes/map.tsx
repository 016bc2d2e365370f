import { useNavigate, useSearchParams } from 'react-router';
import { FIRST_YEAR, LAST_YEAR, MapView } from '@/features/map/components/map-view';

export function MapRoute() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const y = Number(params.get('year'));
  const year = y >= FIRST_YEAR && y <= LAST_YEAR ? y : Math.min(new Date().getFullYear(), LAST_YEAR);
  return (
    <MapView
      year={year}
      onYearChange={(next) => setParams({ year: String(next) }, { replace: true })}
      onSelectCountry={(code, day) => navigate(`/country/${code}?at=${day}`)}
    />
  );
}
