import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { yearAfterKey } from '../utils/year-keys';

/** How long the slider waits after the last move before the map asks for that year. */
export const YEAR_SETTLE_MS = 300;

type Props = {
  id: string;
  year: number;
  min: number;
  max: number;
  /** Called once the slider has rested on a year for YEAR_SETTLE_MS. */
  onYearChange: (year: number) => void;
};

/**
 * The map's year. The slider keeps its own value and shows each move at once: bound to the
 * address instead, whose update lands after the next key press, five quick presses moved it two
 * years. The map (its request and the address) follows once the slider rests, instead of once
 * per year passed on the way.
 */
export function YearSlider({ id, year, min, max, onYearChange }: Props) {
  const [shown, setShown] = useState(year);
  // The year last handed to onYearChange: when it comes back as the year prop it is an echo,
  // not a change from elsewhere (the back button, a link) that the slider must follow.
  const [committed, setCommitted] = useState(year);
  const [seen, setSeen] = useState(year);
  if (year !== seen) {
    setSeen(year);
    if (year !== committed) {
      setCommitted(year);
      setShown(year);
    }
  }

  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const move = (next: number) => {
    if (next === shown) return;
    setShown(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setCommitted(next);
      onYearChange(next);
    }, YEAR_SETTLE_MS);
  };

  // Keys step from the slider's own value, which React has re-rendered after each press; the
  // browser would step from the input's value, which may not be there yet.
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const next = yearAfterKey(e.key, shown, min, max);
    if (next === undefined) return;
    e.preventDefault();
    move(next);
  };

  return (
    <>
      <label htmlFor={id}>Date: 1 July {shown}</label>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={1}
        value={shown}
        onChange={(e) => move(Number(e.target.value))}
        onKeyDown={onKeyDown}
        aria-valuetext={`1 July ${shown}`}
      />
    </>
  );
}
