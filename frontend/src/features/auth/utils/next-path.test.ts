import { describe, expect, it } from 'vitest';
import { safeNextPath, signInPath } from './next-path';

describe('safeNextPath', () => {
  it.each([
    ['/country/XKX', '/country/XKX'],
    ['/edit/mission/eulex?tab=1#top', '/edit/mission/eulex?tab=1#top'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['edit', '/'],
    ['/sign-in?next=/edit', '/'],
  ])('%s → %s', (next, want) => {
    expect(safeNextPath(next)).toBe(want);
  });
});

describe('signInPath', () => {
  it.each([
    ['/audit?org=eu', '/sign-in?next=%2Faudit%3Forg%3Deu'],
    ['/', '/sign-in'],
    ['/sign-in', '/sign-in'],
  ])('%s → %s', (here, want) => {
    expect(signInPath(here)).toBe(want);
  });
});
