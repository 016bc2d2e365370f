import { useId } from 'react';
import type { ImportReport } from '../utils/import-report';

/** What an import did, or (previewed) would do: per kind, what is created, updated, left unchanged; what was skipped and why. */
export function ReportTable({ report, preview }: { report: ImportReport; preview: boolean }) {
  const id = useId();
  const verb = preview ? 'Would be' : 'Were';
  return (
    <>
      {report.read !== undefined && (
        <p>
          {report.read.toLocaleString()} records read; {report.skipped?.toLocaleString() ?? 0} {preview ? 'would be' : 'were'} skipped.
        </p>
      )}
      <table className="import-report" aria-describedby={`${id}-note`}>
        <caption>{preview ? 'What the import would do' : 'What the import did'}</caption>
        <thead>
          <tr>
            <th scope="col">Records</th>
            <th scope="col">{verb} created</th>
            <th scope="col">{verb} updated</th>
            <th scope="col">Unchanged</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={r.kind}>
              <th scope="row">{r.kind}</th>
              <td>{r.created.toLocaleString()}</td>
              <td>{r.updated.toLocaleString()}</td>
              <td>{r.unchanged.toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p id={`${id}-note`} className="hint">
        {preview
          ? 'Nothing has been written: the preview ran the import in a transaction that was then rolled back.'
          : 'Importing the same file again changes nothing: records are matched by their ids.'}
      </p>
      {report.reasons.length > 0 && (
        <details open={report.reasons.length <= 5}>
          <summary>Why records {preview ? 'would be' : 'were'} skipped ({report.reasons.length} {report.reasons.length === 1 ? 'reason' : 'reasons'})</summary>
          <ul>
            {report.reasons.slice(0, 200).map((r) => (
              <li key={r.reason}>
                {r.count.toLocaleString()} × {r.reason}
              </li>
            ))}
            {report.reasons.length > 200 && <li>… and {report.reasons.length - 200} more reasons.</li>}
          </ul>
        </details>
      )}
    </>
  );
}
