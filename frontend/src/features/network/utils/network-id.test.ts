import { describe, expect, it } from 'vitest';
import { fileSlug, focusCountry, isNetworkId, subjectNetworkId } from './network-id';

describe('network ids', () => {
  it('accepts type:id and refuses other shapes', () => {
    expect(isNetworkId('country:XKX')).toBe(true);
    expect(isNetworkId('mission:unmik')).toBe(true);
    expect(isNetworkId('activity:XM-DAC-41114-1:2')).toBe(true);
    expect(isNetworkId('XKX')).toBe(false);
    expect(isNetworkId('country:')).toBe(false);
    expect(isNetworkId(':XKX')).toBe(false);
    expect(isNetworkId('Country:XKX')).toBe(false);
    expect(isNetworkId('country: XKX')).toBe(false);
  });

  it('names overlap subjects the way the network does', () => {
    expect(subjectNetworkId('Mission', 'eulex')).toBe('mission:eulex');
    expect(subjectNetworkId('Activity', 'a-1')).toBe('activity:a-1');
  });

  it('reads the country of a country focus only', () => {
    expect(focusCountry('country:xkx')).toBe('XKX');
    expect(focusCountry('mission:unmik')).toBeUndefined();
  });

  it('makes a focus safe for a file name', () => {
    expect(fileSlug('country:XKX')).toBe('country-XKX');
    expect(fileSlug('activity:../../etc/passwd')).toBe('activity-..-..-etc-passwd');
    expect(fileSlug('::')).toBe('network');
  });
});
