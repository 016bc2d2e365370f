import { request } from '@/lib/graphql-client';
import { datasetReport, fileReport, type ImportFormat, type ImportReport } from '../utils/import-report';
import { ImportDatasetDocument, ImportHxlDocument, ImportIatiDocument } from './imports';

export type ImportRequest = {
  format: ImportFormat;
  document: string;
  /** HXL: the country of a sheet without a country column, and the period it reports on. */
  country: string;
  from: string;
  to: string;
};

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** Runs an import, or with dryRun its preview, which writes nothing. */
export async function runImport(r: ImportRequest, dryRun: boolean): Promise<ImportReport> {
  switch (r.format) {
    case 'iati':
      return fileReport((await request(ImportIatiDocument, { document: r.document, dryRun })).importIATI);
    case 'hxl': {
      const vars = { document: r.document, dryRun, country: orNull(r.country.toUpperCase()), from: orNull(r.from), to: orNull(r.to) };
      return fileReport((await request(ImportHxlDocument, vars)).importHXL);
    }
    case 'dataset':
      return datasetReport((await request(ImportDatasetDocument, { document: r.document, dryRun })).importDataset);
  }
}
