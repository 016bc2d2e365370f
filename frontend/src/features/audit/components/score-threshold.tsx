import { useId, useState } from 'react';

type Props = { value: number; onChange: (value: number) => void };

const clamp = (n: number) => Math.min(1, Math.max(0, Math.round(n * 100) / 100));

/** What was typed in the number box, as a score; null while it is empty or not a number yet. */
function typedScore(text: string): number | null {
  return text.trim() === '' || !Number.isFinite(Number(text)) ? null : clamp(Number(text));
}

/** The lowest overlap score shown: a slider and a number box that move together. */
export function ScoreThreshold({ value, onChange }: Props) {
  const sliderId = useId();
  const numberId = useId();
  const hintId = useId();
  // What is being typed stays as typed until the box is left: an emptied box is not put back to
  // the current score under the cursor, and "0.35" can be typed over "0.5".
  const [typing, setTyping] = useState<string | null>(null);
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
        value={typing ?? value}
        aria-describedby={hintId}
        onChange={(e) => {
          setTyping(e.target.value);
          const score = typedScore(e.target.value);
          if (score !== null && score !== value) onChange(score);
        }}
        onBlur={() => setTyping(null)}
      />
      <span id={hintId} className="hint">
        0 shows every pair; 1 only those that look most like duplication.
      </span>
    </div>
  );
}
