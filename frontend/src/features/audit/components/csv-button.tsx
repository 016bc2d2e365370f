import { toCsv, type CsvCell } from '@/lib/csv';
import { downloadCsv } from '@/lib/download';

type Props = {
  /** What the file holds, for the button's accessible name: "Download {label} as CSV". */
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
      aria-label={`Download ${label} as CSV`}
      onClick={() => downloadCsv(filename, toCsv(rows()))}
    >
      Download CSV
    </button>
  );
}
