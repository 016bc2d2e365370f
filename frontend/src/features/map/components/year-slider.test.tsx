import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { YEAR_SETTLE_MS, YearSlider } from './year-slider';

function Harness({ onCommit }: { onCommit: (year: number) => void }) {
  const [year, setYear] = useState(2010);
  return (
    <>
      <YearSlider
        id="year"
        year={year}
        min={1992}
        max={2026}
        onYearChange={(y) => {
          onCommit(y);
          setYear(y);
        }}
      />
      <button type="button" onClick={() => setYear(2001)}>
        Back to 2001
      </button>
    </>
  );
}

describe('YearSlider', () => {
  beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
  afterEach(() => vi.useRealTimers());

  it('moves one year per quick key press and asks for the map once, when it rests', async () => {
    const onCommit = vi.fn();
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    render(<Harness onCommit={onCommit} />);
    const slider = screen.getByRole('slider', { name: 'Date: 1 July 2010' });
    slider.focus();
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}{ArrowRight}');
    expect(slider).toHaveValue('2015');
    expect(slider).toHaveAttribute('aria-valuetext', '1 July 2015');
    expect(screen.getByText('Date: 1 July 2015')).toBeInTheDocument();
    expect(onCommit).not.toHaveBeenCalled();

    act(() => vi.advanceTimersByTime(YEAR_SETTLE_MS));
    expect(onCommit.mock.calls).toEqual([[2015]]);
    expect(slider).toHaveValue('2015');
  });

  it.each([
    ['{ArrowLeft}{ArrowLeft}', '2008'],
    ['{PageUp}', '2015'],
    ['{Home}', '1992'],
    ['{End}{ArrowRight}', '2026'],
  ])('%s moves it to %s', async (keys, want) => {
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    render(<Harness onCommit={() => {}} />);
    screen.getByRole('slider').focus();
    await user.keyboard(keys);
    expect(screen.getByRole('slider')).toHaveValue(want);
  });

  it('follows a year set from elsewhere, such as the back button', async () => {
    const user = userEvent.setup({ delay: null, advanceTimers: vi.advanceTimersByTime });
    render(<Harness onCommit={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Back to 2001' }));
    expect(screen.getByRole('slider')).toHaveValue('2001');
    expect(screen.getByText('Date: 1 July 2001')).toBeInTheDocument();
  });
});
