import { useMemo } from 'react';
import { countryShapes, MAP_HEIGHT, MAP_WIDTH } from '../utils/country-shapes';

/** Fill colours, none to many missions (sequential blues, readable on white). */
export const SHADES = ['#e9edf2', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

export function shadeFor(count: number): string {
  return SHADES[Math.min(Math.max(count, 0), SHADES.length - 1)];
}

type Props = {
  /** Missions present per country, by alpha-3. */
  counts: Record<string, number>;
  onSelect: (code: string, name: string) => void;
  label?: string;
};

function describe(name: string, n: number) {
  return `${name}: ${n === 0 ? 'no missions' : n === 1 ? '1 mission' : `${n} missions`}`;
}

/** The world as focusable SVG shapes; click or Enter/Space on a country selects it. */
export function WorldMap({ counts, onSelect, label = 'World map of missions' }: Props) {
  const shapes = useMemo(() => countryShapes(), []);
  return (
    <svg
      className="world-map"
      viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
      role="group"
      aria-label={label}
    >
      {shapes.map((s) => {
        const n = counts[s.code] ?? 0;
        const text = describe(s.name, n);
        return (
          <path
            key={`${s.code}-${s.name}`}
            d={s.d}
            fill={shadeFor(n)}
            data-code={s.code}
            data-count={n}
            role="link"
            tabIndex={0}
            aria-label={text}
            onClick={() => onSelect(s.code, s.name)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onSelect(s.code, s.name);
              }
            }}
          >
            <title>{text}</title>
          </path>
        );
      })}
    </svg>
  );
}

export function MapLegend() {
  return (
    <ul className="map-legend" aria-label="Legend: missions present">
      {SHADES.map((c, i) => (
        <li key={c}>
          <span className="swatch" style={{ background: c }} aria-hidden="true" />
          {i === SHADES.length - 1 ? `${i}+` : i}
        </li>
      ))}
    </ul>
  );
}
