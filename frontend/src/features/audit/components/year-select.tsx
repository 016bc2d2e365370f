import { useId } from 'react';
import { ALL_YEARS } from '../utils/audit-year';

type Props = { years: number[]; value: number; onChange: (year: number) => void };

/** Every year, or one of the years the portfolio touches (and the one asked, even if it touches none). */
export function YearSelect({ years, value, onChange }: Props) {
  const id = useId();
  const options = value === ALL_YEARS || years.includes(value) ? years : [value, ...years].sort((a, b) => b - a);
  return (
    <p className="year-select">
      <label htmlFor={id}>Year</label>{' '}
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        <option value={ALL_YEARS}>All years</option>
        {options.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </p>
  );
}
