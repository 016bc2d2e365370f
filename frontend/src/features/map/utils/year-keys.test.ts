import { describe, expect, it } from 'vitest';
import { yearAfterKey } from './year-keys';

describe('yearAfterKey', () => {
  it.each([
    ['ArrowRight', 2010, 2011],
    ['ArrowUp', 2010, 2011],
    ['ArrowLeft', 2010, 2009],
    ['ArrowDown', 2010, 2009],
    ['PageUp', 2010, 2015],
    ['PageDown', 2010, 2005],
    ['Home', 2010, 1992],
    ['End', 2010, 2026],
    // Clamped at both ends.
    ['ArrowRight', 2026, 2026],
    ['ArrowLeft', 1992, 1992],
    ['PageUp', 2024, 2026],
    ['PageDown', 1995, 1992],
    // Keys the slider leaves alone (Tab moves focus on).
    ['Tab', 2010, undefined],
    ['a', 2010, undefined],
  ])('%s from %i gives %s', (key, year, want) => {
    expect(yearAfterKey(key, year, 1992, 2026)).toBe(want);
  });
});
