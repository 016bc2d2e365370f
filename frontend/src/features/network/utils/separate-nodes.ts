// Pushes apart the nodes a layout left too close: each pair closer than the gap moves apart
// along the line between them, each by half of what is missing and a margin, until none
// is (or ROUNDS). After the first round only the nodes that moved, and those they came close to,
// are looked at again, in a grid of cells as wide as the gap kept up to date as nodes move: a
// layout of 5,000 nodes with a few hundred close pairs settles in milliseconds. Coincident
// nodes move in directions the golden angle spreads, so the result is the same on every run.
import { cellKey } from './layout-quality';
import type { Point } from './radial-layout';

const ROUNDS = 100;
/** Pairs are pushed this much beyond the gap, so that the next push nearby does not bring them under it again. */
const OVERSHOOT = 1.15;

/** Returns new points at least about `gap` apart (fewer close pairs when ROUNDS do not suffice). */
export function separateNodes(points: readonly Point[], gap: number): Point[] {
  const out = points.map((p) => ({ x: p.x, y: p.y }));
  const key = (p: Point) => cellKey(Math.floor(p.x / gap), Math.floor(p.y / gap));
  const cells = new Map<number, Set<number>>();
  const cellOf = new Int32Array(out.length);
  const place = (i: number) => {
    const k = key(out[i]);
    cellOf[i] = k;
    const cell = cells.get(k);
    if (cell) cell.add(i);
    else cells.set(k, new Set([i]));
  };
  const move = (i: number, dx: number, dy: number) => {
    out[i].x += dx;
    out[i].y += dy;
    if (key(out[i]) === cellOf[i]) return;
    cells.get(cellOf[i])!.delete(i);
    place(i);
  };
  out.forEach((_, i) => place(i));

  let active: Iterable<number> = out.keys();
  for (let round = 0; round < ROUNDS; round++) {
    const moved = new Set<number>();
    for (const i of active) {
      const [cx, cy] = [Math.floor(out[i].x / gap), Math.floor(out[i].y / gap)];
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          const cell = cells.get(cellKey(cx + dx, cy + dy));
          if (!cell) continue;
          for (const j of cell) {
            if (j === i) continue;
            let [ux, uy] = [out[j].x - out[i].x, out[j].y - out[i].y];
            const d = Math.hypot(ux, uy);
            if (d >= gap) continue;
            if (d < 1e-6) {
              const angle = (Math.min(i, j) + Math.max(i, j) * 7) * 2.399963;
              [ux, uy] = [Math.cos(angle), Math.sin(angle)];
            } else {
              [ux, uy] = [ux / d, uy / d];
            }
            const push = (gap * OVERSHOOT - d) / 2;
            move(i, -ux * push, -uy * push);
            move(j, ux * push, uy * push);
            moved.add(i).add(j);
          }
        }
      }
    }
    if (moved.size === 0) break;
    active = moved;
  }
  return out;
}
