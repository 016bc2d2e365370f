import { describe, expect, it } from 'vitest';
import { mapWithLimit } from './map-with-limit';

describe('mapWithLimit', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const out = await mapWithLimit([30, 10, 20, 0, 5], 2, async (ms) => {
      running++;
      most = Math.max(most, running);
      await new Promise((r) => setTimeout(r, ms));
      running--;
      return ms * 2;
    });
    expect(out).toEqual([60, 20, 40, 0, 10]);
    expect(most).toBe(2);
  });

  it('rejects when one call fails', async () => {
    await expect(mapWithLimit([1, 2], 4, async (n) => (n === 2 ? Promise.reject(new Error('no')) : n))).rejects.toThrow('no');
  });
});
