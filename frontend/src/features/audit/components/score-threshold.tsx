import { useId } from 'react';

type Props = { value: number; onChange: (value: number) => void };

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 100) / 100));

/** The lowest overlap score shown: a slider and a number box that move together. */
export function ScoreThreshold({ value, onChange }: Props) {
  const sliderId = useId();
  const numberId = useId();
  const hintId = useId();
  return (
    <div className="score-threshold">
      <label htmlFor={sliderId}>Minimum overlap score</label>{' '}
      <input
        id={sliderId}
        type="range"
        min={0}
        max={1}
        step={0.05}
        value={value}
        aria-describedby={hintId}
        onChange={(e) => onChange(clamp(Number(e.target.value)))}
      />{' '}
      <label htmlFor={numberId} className="visually-hidden">
        Minimum overlap score, as a number
      </label>
      <input
        id={numberId}
        type="number"
        min={0}
        max={1}
        step={0.05}
        value={value}
        aria-describedby={hintId}
        onChange={(e) => e.target.value !== '' && onChange(clamp(Number(e.target.value)))}
      />
      <span id={hintId} className="hint">
        0 shows every pair; 1 only those that look most like duplication.
      </span>
    </div>
  );
}
