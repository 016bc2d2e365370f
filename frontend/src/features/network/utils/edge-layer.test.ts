import { describe, expect, it } from 'vitest';
import { strokeSegments } from './edge-layer';

/** A 2D context that records the path it is given. */
function recordingContext() {
  const calls: string[] = [];
  const ctx = {
    lineWidth: 0,
    strokeStyle: '',
    setTransform: (...m: number[]) => calls.push(`transform ${m.join(' ')}`),
    beginPath: () => calls.push('begin'),
    moveTo: (x: number, y: number) => calls.push(`move ${x} ${y}`),
    lineTo: (x: number, y: number) => calls.push(`line ${x} ${y}`),
    stroke: () => calls.push('stroke'),
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls, state: ctx };
}

const positions = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 50 }],
  ['far', { x: 5000, y: 5000 }],
  ['farther', { x: 6000, y: 5000 }],
]);

describe('strokeSegments', () => {
  it('draws all visible segments as one path in the view transform, one screen pixel wide', () => {
    const { ctx, calls, state } = recordingContext();
    const view = { zoom: 2, pan: { x: 10, y: 20 }, width: 800, height: 600 };
    const drawn = strokeSegments(
      ctx,
      [
        { source: 'a', target: 'b' },
        { source: 'far', target: 'farther' },
        { source: 'a', target: 'missing' },
      ],
      positions,
      view,
    );
    expect(drawn).toBe(1);
    expect(calls).toEqual(['transform 2 0 0 2 10 20', 'begin', 'move 0 0', 'line 100 50', 'stroke', 'transform 1 0 0 1 0 0']);
    expect(state.lineWidth).toBe(0.5);
  });

  it('keeps a segment crossing the view though both ends are outside, and scales for an export', () => {
    const { ctx, calls } = recordingContext();
    const view = { zoom: 1, pan: { x: -40, y: 0 }, width: 20, height: 100 };
    expect(strokeSegments(ctx, [{ source: 'a', target: 'b' }], positions, view, 2)).toBe(1);
    expect(calls[0]).toBe('transform 2 0 0 2 -80 0');
  });
});
