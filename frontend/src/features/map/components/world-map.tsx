import { useMemo } from 'react';
import { countryShapes, MAP_HEIGHT, MAP_WIDTH } from '../utils/country-shapes';
import { describeCount, legendLabels, MEASURE_INFO, SHADES, shadeFor, type Measure } from '../utils/shading';

type Props = {
  /** What is counted per country, by alpha-3. */
  counts: Record<string, number>;
  /** What the counts are (missions by default). */
  measure?: Measure;
  onSelect: (code: string, name: string) => void;
  label?: string;
};

/** The world as focusable SVG shapes; click or Enter/Space on a country selects it. */
export function WorldMap({ counts, measure = 'missions', onSelect, label = 'World map of missions' }: Props) {
  const { steps } = MEASURE_INFO[measure];
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
        const text = describeCount(s.name, n, measure);
        return (
          <path
            key={`${s.code}-${s.name}`}
            d={s.d}
            fill={shadeFor(n, steps)}
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

export function MapLegend({ measure = 'missions' }: { measure?: Measure }) {
  const { label, steps } = MEASURE_INFO[measure];
  const labels = legendLabels(steps);
  return (
    <ul className="map-legend" aria-label={`Legend: ${label.toLowerCase()}`}>
      {SHADES.map((c, i) => (
        <li key={c}>
          <span className="swatch" style={{ background: c }} aria-hidden="true" />
          {labels[i]}
        </li>
      ))}
    </ul>
  );
}
