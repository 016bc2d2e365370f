// One shape for what an import did (or, previewed, would do), whatever the format: a row per
// kind of record, and for files what was read and skipped, and why.
import type { ImportDatasetMutation, ImportIatiMutation } from '@/gql/graphql';

export type ImportFormat = 'iati' | 'hxl' | 'dataset';

export const FORMAT_LABELS: Record<ImportFormat, string> = {
  iati: 'IATI activity XML (versions 1.0x and 2.0x)',
  hxl: 'HXL-tagged 3W/4W sheet (CSV)',
  dataset: 'Concord dataset (concord-dataset/1 JSON)',
};

export type ReportRow = { kind: string; created: number; updated: number; unchanged: number };

export type ImportReport = {
  rows: ReportRow[];
  /** Files only: records read and skipped, and the reasons. */
  read?: number;
  skipped?: number;
  reasons: { reason: string; count: number }[];
};

export function fileReport(r: Omit<ImportIatiMutation['importIATI'], '__typename'>): ImportReport {
  return {
    rows: [
      { kind: 'activities', created: r.created, updated: r.updated, unchanged: r.unchanged },
      { kind: 'organisations', created: r.actorsCreated, updated: 0, unchanged: 0 },
    ],
    read: r.read,
    skipped: r.skipped,
    reasons: r.reasons.map(({ reason, count }) => ({ reason, count })),
  };
}

const KIND_NAMES: Record<string, string> = {
  actor: 'organisations',
  cluster: 'regional clusters',
  mandate: 'mandates',
  mission: 'missions',
  activity: 'activities',
  lesson: 'lessons',
};

export function datasetReport(r: ImportDatasetMutation['importDataset']): ImportReport {
  return {
    rows: r.counts.map((c) => ({ kind: KIND_NAMES[c.kind] ?? c.kind, created: c.created, updated: c.updated, unchanged: c.unchanged })),
    reasons: [],
  };
}

/** Where the import's report differs from its preview ("" when it did what the preview said). */
export function differences(preview: ImportReport, report: ImportReport): string[] {
  const out: string[] = [];
  const line = (what: string, a: number | undefined, b: number | undefined) => {
    if (a !== b) out.push(`${what}: previewed ${a ?? '—'}, done ${b ?? '—'}`);
  };
  line('read', preview.read, report.read);
  line('skipped', preview.skipped, report.skipped);
  for (const r of report.rows) {
    const p = preview.rows.find((x) => x.kind === r.kind);
    line(`${r.kind} created`, p?.created, r.created);
    line(`${r.kind} updated`, p?.updated, r.updated);
    line(`${r.kind} unchanged`, p?.unchanged, r.unchanged);
  }
  return out;
}

/** The format a file's name suggests, if any. */
export function formatOfFile(name: string): ImportFormat | undefined {
  const n = name.toLowerCase();
  if (n.endsWith('.xml')) return 'iati';
  if (n.endsWith('.csv')) return 'hxl';
  if (n.endsWith('.json')) return 'dataset';
  return undefined;
}
