import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ScoreThreshold } from './score-threshold';

/** The threshold as the page holds it: a score that changes when the control says so. */
function Held({ initial, onChange }: { initial: number; onChange: (score: number) => void }) {
  const [score, setScore] = useState(initial);
  return (
    <>
      <ScoreThreshold
        value={score}
        onChange={(s) => {
          setScore(s);
          onChange(s);
        }}
      />
      <output>{score.toFixed(2)}</output>
    </>
  );
}

const numberBox = () => screen.getByLabelText<HTMLInputElement>('Minimum overlap score, as a number');
const slider = () => screen.getByLabelText<HTMLInputElement>('Minimum overlap score');

describe('ScoreThreshold', () => {
  it.each([
    ['a score over another', 0.5, '0.35', 0.35],
    ['a score with two decimals from nothing', 0, '0.05', 0.05],
    ['more than 1, kept at 1', 0.2, '3', 1],
  ])('takes %s typed in the box', async (_, initial, typed, expected) => {
    const onChange = vi.fn();
    render(<Held initial={initial} onChange={onChange} />);
    await userEvent.clear(numberBox());
    await userEvent.type(numberBox(), typed);
    expect(numberBox().value).toBe(typed);
    expect(onChange).toHaveBeenLastCalledWith(expected);
    expect(screen.getByRole('status')).toHaveTextContent(expected.toFixed(2));
    expect(slider().value).toBe(String(expected));
  });

  it('lets the box be emptied while typing, and shows the score again once left', async () => {
    const onChange = vi.fn();
    render(<Held initial={0.5} onChange={onChange} />);
    await userEvent.clear(numberBox());
    expect(numberBox().value).toBe('');
    expect(onChange).not.toHaveBeenCalled();
    await userEvent.tab();
    expect(numberBox().value).toBe('0.5');
  });
});
