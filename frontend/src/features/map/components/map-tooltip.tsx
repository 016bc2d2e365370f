export type TooltipState = { code: string; name: string; count: number; left: number; top: number; below: boolean };

/** The tooltip's half width in CSS pixels (its max-width is twice this): keeps it inside the map. */
const HALF_WIDTH = 90;
/** Closer than this to the map's top edge, the tooltip goes below the point instead of above. */
const ROOM_ABOVE = 72;

/**
 * Where the tooltip of a country goes within the map's frame: above the pointer, or above the
 * shape's centre when it was focused by keyboard; kept inside the frame so that it never makes
 * the page scroll sideways.
 */
export function tooltipAt(
  frame: HTMLElement,
  shape: Element,
  point: { clientX: number; clientY: number } | undefined,
  country: { code: string; name: string; count: number },
): TooltipState {
  const f = frame.getBoundingClientRect();
  const s = shape.getBoundingClientRect();
  const x = (point ? point.clientX : s.left + s.width / 2) - f.left;
  const y = (point ? point.clientY : s.top + s.height / 2) - f.top;
  const left = Math.min(Math.max(x, HALF_WIDTH), Math.max(f.width - HALF_WIDTH, HALF_WIDTH));
  return { ...country, left, top: y, below: y < ROOM_ABOVE };
}

/** A country's name and code, and its count on the map's day. */
export function MapTooltip({ tip, text, when }: { tip: TooltipState; text: string; when?: string }) {
  return (
    <div role="tooltip" className={`map-tooltip${tip.below ? ' below' : ''}`} style={{ left: tip.left, top: tip.top }}>
      <strong>{tip.name}</strong> <span className="map-tooltip-code">{tip.code}</span>
      <br />
      {text}
      {when ? ` ${when}` : ''}
    </div>
  );
}
