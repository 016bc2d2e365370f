import { describe, expect, it } from 'vitest';
import { changedFields, intOrNull, lines, numberOrNull, textOrNull } from './form-values';

describe('form values', () => {
  it('turns blank inputs into null and trims the rest', () => {
    expect(textOrNull('  ')).toBeNull();
    expect(textOrNull(' EULEX ')).toBe('EULEX');
    expect(intOrNull('')).toBeNull();
    expect(intOrNull('250')).toBe(250);
    expect(numberOrNull('1250.5')).toBe(1250.5);
    expect(numberOrNull(' ')).toBeNull();
  });

  it('splits a text into its non-blank lines', () => {
    expect(lines('https://a.example\n\n  UNSCR 1244 \r\n')).toEqual(['https://a.example', 'UNSCR 1244']);
  });

  it('keeps only the fields that changed, lists compared by content', () => {
    const before = { name: 'A', end: null as string | null, mandates: ['m1'], deployments: [{ country: 'XKX' }] };
    expect(changedFields(before, { ...before, mandates: ['m1'], deployments: [{ country: 'XKX' }] })).toEqual({});
    expect(changedFields(before, { ...before, end: '2020-01-01', mandates: [] })).toEqual({ end: '2020-01-01', mandates: [] });
    expect(changedFields({ ...before, end: '2020-01-01' }, before)).toEqual({ end: null });
  });
});
