// Files the app offers to save (exports of tables and graphs), made in the browser: nothing
// leaves it.

/** Saves `data` as a file named `fileName`, through an object URL. */
export function download(fileName: string, data: Blob | string, type = 'text/plain;charset=utf-8') {
  const blob = typeof data === 'string' ? new Blob([data], { type }) : data;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next task: some browsers start reading the URL only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Saves CSV text; the byte-order mark makes spreadsheet programs read it as UTF-8. */
export function downloadCsv(fileName: string, csv: string): void {
  download(fileName, new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
}

/** A file name safe on every system: the parts joined by dashes, anything but letters, digits, dots and dashes dropped. */
export function csvFilename(...parts: (string | number)[]): string {
  return `${parts.map((p) => String(p).replace(/[^\w.-]+/g, '-')).join('-')}.csv`;
}
