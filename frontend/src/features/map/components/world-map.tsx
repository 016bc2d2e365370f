import { useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { countryShapes, MAP_HEIGHT, MAP_WIDTH } from '../utils/country-shapes';
import { countText, describeCount, legendLabels, legendTitle, MEASURE_INFO, SHADES, shadeFor, type Measure } from '../utils/shading';
import { MapTooltip, tooltipAt, type TooltipState } from './map-tooltip';

type Props = {
  /** What is counted per country, by alpha-3. */
  counts: Record<string, number>;
  /** What the counts are (missions by default). */
  measure?: Measure;
  onSelect: (code: string, name: string) => void;
  label?: string;
  /** When the counts hold, for the tooltip: "on 1 July 2010". */
  when?: string;
};

/**
 * The world as focusable SVG shapes; click or Enter/Space on a country selects it. Pointing at
 * a country, or focusing it, shows its name and count beside it; Escape hides that again.
 */
export function WorldMap({ counts, measure = 'missions', onSelect, label = 'World map of missions', when }: Props) {
  const { steps } = MEASURE_INFO[measure];
  const shapes = useMemo(() => countryShapes(), []);
  const frame = useRef<HTMLDivElement>(null);
  const [tip, setTip] = useState<TooltipState | null>(null);

  // The shapes only change with the counts: the tooltip following the pointer re-renders
  // itself, not the 170-odd paths.
  const paths = useMemo(
    () =>
      shapes.map((s) => {
        const n = counts[s.code] ?? 0;
        return (
          <path
            key={`${s.code}-${s.name}`}
            d={s.d}
            fill={shadeFor(n, steps)}
            data-code={s.code}
            data-name={s.name}
            data-count={n}
            role="link"
            tabIndex={0}
            aria-label={describeCount(s.name, n, measure)}
            onClick={() => onSelect(s.code, s.name)}
          />
        );
      }),
    [shapes, counts, steps, measure, onSelect],
  );

  const show = (target: EventTarget, point?: { clientX: number; clientY: number }) => {
    // A country's path, not the map's background (jsdom has no SVGPathElement to test against).
    if (!(target instanceof Element) || target.tagName !== 'path' || !frame.current) return;
    const { code = '', name = '', count = '0' } = (target as SVGPathElement).dataset;
    setTip(tooltipAt(frame.current, target, point, { code, name, count: Number(count) }));
  };
  const hide = () => setTip(null);

  return (
    <div className="world-map-frame" ref={frame}>
      <svg
        className="world-map"
        viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
        role="group"
        aria-label={label}
        onMouseMove={(e: MouseEvent) => show(e.target, e)}
        onMouseLeave={hide}
        onFocus={(e: FocusEvent) => show(e.target)}
        onBlur={hide}
        onKeyDown={(e: KeyboardEvent) => {
          const { code, name } = (e.target as SVGElement).dataset;
          if (e.key === 'Escape') hide();
          else if ((e.key === 'Enter' || e.key === ' ') && code && name) {
            e.preventDefault();
            onSelect(code, name);
          }
        }}
      >
        {paths}
      </svg>
      {tip && <MapTooltip tip={tip} text={countText(tip.count, measure)} when={when} />}
    </div>
  );
}

/** What the colour measures and in what unit, then the six shades with their counts. */
export function MapLegend({ measure = 'missions', year }: { measure?: Measure; year: number }) {
  const { label, unit, steps } = MEASURE_INFO[measure];
  const labels = legendLabels(steps);
  return (
    <div className="map-legend">
      <p className="map-legend-title">
        <strong>{legendTitle(measure, year)}</strong> <span className="map-legend-unit">({unit})</span>
      </p>
      <ul aria-label={`Legend: ${label.toLowerCase()}, ${unit}`}>
        {SHADES.map((c, i) => (
          <li key={c}>
            <span className="swatch" style={{ background: c }} aria-hidden="true" />
            {labels[i]}
          </li>
        ))}
      </ul>
    </div>
  );
}
