// The year slider moves by keys itself instead of leaving them to the browser: the browser
// steps from the input's displayed value, which lags behind quick presses while the page
// re-renders, so five quick presses could move it two years. Stepping from the slider's own
// latest value honours every press.

/** Years a key moves the slider by, the slider pattern's keys (WAI-ARIA APG). */
const STEPS: Record<string, number> = {
  ArrowRight: 1,
  ArrowUp: 1,
  ArrowLeft: -1,
  ArrowDown: -1,
  PageUp: 5,
  PageDown: -5,
};

/** The year a key press leads to, within [min, max]; undefined for keys the slider ignores. */
export function yearAfterKey(key: string, year: number, min: number, max: number): number | undefined {
  if (key === 'Home') return min;
  if (key === 'End') return max;
  const step = STEPS[key];
  if (step === undefined) return undefined;
  return Math.min(max, Math.max(min, year + step));
}
