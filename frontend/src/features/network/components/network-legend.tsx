import { NODE_LOOK, OVERLAP_COLOR } from '../utils/graph-style';

const SHAPE_NAMES: Record<string, string> = {
  ellipse: 'circle',
  'round-rectangle': 'rounded square',
  hexagon: 'hexagon',
  diamond: 'diamond',
  rectangle: 'square',
  triangle: 'triangle',
  star: 'star',
  octagon: 'octagon',
  vee: 'chevron',
};

/** The key to the drawing: colour and shape per node type, and how overlaps look. */
export function NetworkLegend({ types }: { types: string[] }) {
  return (
    <ul className="network-legend" aria-label="Legend">
      {types.map((t) => (
        <li key={t}>
          <span className="swatch" style={{ background: NODE_LOOK[t]?.color }} aria-hidden="true" /> {t} (
          {SHAPE_NAMES[NODE_LOOK[t]?.shape] ?? 'circle'})
        </li>
      ))}
      <li>
        <span className="swatch swatch-line" style={{ borderColor: OVERLAP_COLOR }} aria-hidden="true" /> overlapping
        pair (red ring, dashed red line)
      </li>
      <li>
        <span className="swatch swatch-focus" aria-hidden="true" /> focus (large, black ring)
      </li>
      <li>
        <span className="swatch swatch-summary" aria-hidden="true" /> several of one type linked alike (double
        ring; select to show them)
      </li>
    </ul>
  );
}
