import { toCsv, type CsvCell } from '@/lib/csv';
import { downloadCsv } from '@/lib/download';

type Props = {
  /** What the file holds, in the button's text: "Download {label} (CSV)". */
  label: string;
  filename: string;
  /** Built only when the button is pressed. */
  rows: () => CsvCell[][];
  disabled?: boolean;
};

/** Named for what it downloads, so that several on a page can be told apart by sight and by speech. */
export function CsvButton({ label, filename, rows, disabled }: Props) {
  return (
    <button type="button" className="csv-button" disabled={disabled} onClick={() => downloadCsv(filename, toCsv(rows()))}>
      Download {label} (CSV)
    </button>
  );
}
