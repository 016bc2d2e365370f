// Pushes apart the nodes a layout left too close: each pair closer than the gap moves apart
// along the line between them, each by half of what is missing, until none is (or ROUNDS). Coincident
// nodes move in directions the golden angle spreads, so the result is the same on every run.
import { forEachClosePair } from './layout-quality';
import type { Point } from './radial-layout';

const ROUNDS = 60;

/** Returns new points at least about `gap` apart (fewer close pairs when ROUNDS do not suffice). */
export function separateNodes(points: readonly Point[], gap: number): Point[] {
  const out = points.map((p) => ({ x: p.x, y: p.y }));
  for (let round = 0; round < ROUNDS; round++) {
    let close = 0;
    // Each pair moves at once (not after the round): a crowd spreads in far fewer rounds.
    forEachClosePair(out, gap, (i, j) => {
      let [ux, uy] = [out[j].x - out[i].x, out[j].y - out[i].y];
      const d = Math.hypot(ux, uy);
      if (d >= gap) return;
      close++;
      if (d < 1e-6) {
        const angle = (i + j * 7) * 2.399963;
        [ux, uy] = [Math.cos(angle), Math.sin(angle)];
      } else {
        [ux, uy] = [ux / d, uy / d];
      }
      // A little more than half the shortfall each, so pairs do not settle just under the gap.
      const push = ((gap - d) / 2) * 1.05;
      out[i].x -= ux * push;
      out[i].y -= uy * push;
      out[j].x += ux * push;
      out[j].y += uy * push;
    });
    if (close === 0) break;
  }
  return out;
}
