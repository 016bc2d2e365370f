import { describe, expect, it } from 'vitest';
import { activityStatusName } from './activity-status';

describe('activityStatusName', () => {
  it.each([
    ['1', 'Pipeline/identification'],
    ['2', 'Implementation'],
    ['3', 'Finalisation'],
    ['4', 'Closed'],
    ['5', 'Cancelled'],
    ['6', 'Suspended'],
    [' 2 ', 'Implementation'],
    ['9', 'code 9'],
    [null, 'not recorded'],
    ['', 'not recorded'],
  ])('names code %j %s', (code, name) => {
    expect(activityStatusName(code)).toBe(name);
  });
});
