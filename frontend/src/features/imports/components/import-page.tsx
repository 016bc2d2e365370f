import { useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { FieldErrorsContext } from '@/components/form/field-errors-context';
import { FormAlert } from '@/components/form/form-alert';
import { Select, TextArea, TextInput } from '@/components/form/inputs';
import { RecordPicker } from '@/components/form/record-picker';
import { useFormSubmit } from '@/components/form/use-form-submit';
import { isAdmin } from '@/lib/roles';
import { useSession } from '@/lib/session';
import { runImport, type ImportRequest } from '../api/run-import';
import { differences, FORMAT_LABELS, formatOfFile, type ImportFormat, type ImportReport } from '../utils/import-report';
import { ReportTable } from './report-table';
import '@/components/form/form.css';
import './imports.css';

/** Importing is for administrators (the API refuses everyone else). */
export function ImportPage() {
  const session = useSession();
  const { pathname } = useLocation();
  if (isAdmin(session)) return <ImportForm />;
  return (
    <section className="editor">
      <h1>Import data</h1>
      {session ? (
        <p>Only administrators import files; your account may not.</p>
      ) : (
        <p>
          Files are imported by administrators. <Link to={`/sign-in?next=${encodeURIComponent(pathname)}`}>Sign in</Link> as
          one to import.
        </p>
      )}
    </section>
  );
}

type Chosen = { name: string; size: number; text: string };

/** A chosen file's text (FileReader: every browser, and the tests' DOM, has it). */
function readText(f: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsText(f);
  });
}

/**
 * Choose or paste a file, preview what importing it would do (nothing is written), then import
 * it and compare the report with the preview. Changing the file or its options asks for a new
 * preview first.
 */
function ImportForm() {
  const id = useId();
  const [format, setFormat] = useState<ImportFormat>('iati');
  const [file, setFile] = useState<Chosen | null>(null);
  const [pasted, setPasted] = useState('');
  const [country, setCountry] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [preview, setPreview] = useState<{ key: string; report: ImportReport } | null>(null);
  const [report, setReport] = useState<{ report: ImportReport; differs: string[] } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const results = useRef<HTMLHeadingElement>(null);
  const { form, alert, errors, submit } = useFormSubmit();

  const req: ImportRequest = { format, document: file?.text ?? pasted, country, from, to };
  const key = JSON.stringify(req);
  const previewed = preview?.key === key ? preview.report : null;

  async function choose(f: File | undefined) {
    setReport(null);
    if (!f) return setFile(null);
    setFile({ name: f.name, size: f.size, text: await readText(f) });
    const guessed = formatOfFile(f.name);
    if (guessed) setFormat(guessed);
  }

  function run(dryRun: boolean) {
    setBusy(dryRun ? 'preview' : 'import');
    void submit(async () => {
      try {
        const r = await runImport(req, dryRun);
        if (dryRun) {
          setPreview({ key, report: r });
          setReport(null);
        } else {
          setReport({ report: r, differs: previewed ? differences(previewed, r) : [] });
          setPreview(null);
        }
        // The results appear below the form: take the user there.
        setTimeout(() => results.current?.focus());
      } finally {
        setBusy(null);
      }
    });
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    run(true);
  }

  const empty = req.document.trim() === '';
  return (
    <article className="editor import">
      <h1 id={`${id}-h`}>Import data</h1>
      <p>
        IATI activity files and HXL 3W/4W sheets become activities, their organisations are matched to those already
        known (by IATI identifier, then by name), and importing the same file again changes nothing. Preview first: it
        runs the whole import and then undoes it, so you see what would be created, updated and skipped before anything
        is written.
      </p>
      <FormAlert ref={alert} noun="import" messages={errors.form} conflict={false} />
      <form ref={form} onSubmit={onSubmit} noValidate aria-labelledby={`${id}-h`} className="editor-form">
        <FieldErrorsContext.Provider value={errors.fields}>
          <fieldset disabled={busy !== null} className="plain-fieldset">
            <div className="field">
              <label htmlFor={`${id}-file`}>File</label>
              <input
                id={`${id}-file`}
                type="file"
                accept=".xml,.csv,.json,text/xml,text/csv,application/json"
                aria-describedby={`${id}-file-hint`}
                onChange={(e) => void choose(e.target.files?.[0])}
              />
              <small id={`${id}-file-hint`} className="hint">
                {file ? `${file.name}, ${(file.size / 1024).toLocaleString(undefined, { maximumFractionDigits: 0 })} KB.` : 'Or paste its text below.'}
              </small>
            </div>
            {!file && (
              <TextArea name="document" label="Or paste the document" rows={6} value={pasted} onChange={setPasted} />
            )}
            <Select name="format" label="Format" value={format} options={FORMAT_LABELS} onChange={setFormat} />
            {format === 'hxl' && (
              <fieldset className="field">
                <legend>What the sheet states outside its table</legend>
                <RecordPicker
                  kind="country"
                  name="country"
                  label="Country"
                  hint="For a sheet without a country column (#country): its name or ISO alpha-3 code."
                  value={country}
                  onChange={setCountry}
                />
                <div className="field-row">
                  <TextInput name="from" label="Period from" type="date" value={from} onChange={setFrom} />
                  <TextInput name="to" label="Period to" type="date" value={to} onChange={setTo} />
                </div>
                <small className="hint">Rows without dates of their own take this period (a 3W often gives it in its title, such as 2024 Q1).</small>
              </fieldset>
            )}
            <p className="form-actions">
              <button type="submit" disabled={empty}>
                {busy === 'preview' ? 'Previewing…' : 'Preview the import'}
              </button>{' '}
              <button type="button" disabled={!previewed} onClick={() => run(false)} aria-describedby={`${id}-import-hint`}>
                {busy === 'import' ? 'Importing…' : 'Import'}
              </button>{' '}
              <small id={`${id}-import-hint`} className="hint">
                {previewed ? 'Writes what the preview shows.' : 'Preview first; the import is offered once you have seen what it would do.'}
              </small>
            </p>
          </fieldset>
        </FieldErrorsContext.Provider>
      </form>
      {(previewed || report) && (
        <section aria-labelledby={`${id}-results`} className="import-results">
          <h2 id={`${id}-results`} ref={results} tabIndex={-1}>
            {report ? 'Import report' : 'Preview'}
          </h2>
          {report ? (
            <>
              <p role="status" className="saved">
                {report.differs.length === 0
                  ? 'Imported: the import did what the preview said.'
                  : 'Imported. The graph changed between the preview and the import, so some counts differ:'}
              </p>
              {report.differs.length > 0 && (
                <ul>
                  {report.differs.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
              <ReportTable report={report.report} preview={false} />
            </>
          ) : (
            previewed && <ReportTable report={previewed} preview />
          )}
        </section>
      )}
    </article>
  );
}
