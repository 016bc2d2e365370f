import { describe, expect, it } from 'vitest';
import { describeCount, isMeasure, legendLabels, MEASURE_INFO, SHADES, shadeFor } from './shading';

describe('shadeFor', () => {
  it('gives each step of a measure its own shade, none for zero', () => {
    const steps = MEASURE_INFO.engagements.steps; // 1, 3, 6, 10, 15
    expect([0, 1, 2, 3, 5, 6, 9, 10, 14, 15, 40].map((n) => SHADES.indexOf(shadeFor(n, steps)))).toEqual([
      0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5,
    ]);
  });

  it('counts missions one shade per mission up to five', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((n) => SHADES.indexOf(shadeFor(n)))).toEqual([0, 1, 2, 3, 4, 5, 5]);
  });
});

describe('legendLabels', () => {
  it('labels single counts, ranges and the open top step', () => {
    expect(legendLabels(MEASURE_INFO.missions.steps)).toEqual(['0', '1', '2', '3', '4', '5+']);
    expect(legendLabels(MEASURE_INFO.overlaps.steps)).toEqual(['0', '1', '2–3', '4–7', '8–11', '12+']);
  });
});

describe('describeCount', () => {
  it('names the count in words', () => {
    expect(describeCount('Kosovo', 3, 'overlaps')).toBe('Kosovo: 3 overlapping pairs');
    expect(describeCount('Mali', 1, 'engagements')).toBe('Mali: 1 engagement');
    expect(describeCount('France', 0, 'missions')).toBe('France: no missions');
  });
});

describe('isMeasure', () => {
  it('accepts the three measures only', () => {
    expect(['missions', 'engagements', 'overlaps', 'funding', null].map(isMeasure)).toEqual([true, true, true, false, false]);
  });
});
