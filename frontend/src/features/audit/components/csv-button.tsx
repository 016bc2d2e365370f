import { toCsv, type CsvCell } from '@/lib/csv';
import { downloadCsv } from '@/lib/download';

type Props = {
  /**
   * What the file holds, for the button's accessible name: "Download CSV of {label}" (it starts
   * with the visible text, so speech users can say what they see).
   */
  label: string;
  filename: string;
  /** Built only when the button is pressed. */
  rows: () => CsvCell[][];
  disabled?: boolean;
};

export function CsvButton({ label, filename, rows, disabled }: Props) {
  return (
    <button
      type="button"
      className="csv-button"
      disabled={disabled}
      aria-label={`Download CSV of ${label}`}
      onClick={() => downloadCsv(filename, toCsv(rows()))}
    >
      Download CSV
    </button>
  );
}
