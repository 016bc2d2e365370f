import { graphql } from '@/gql';

// Each runs as a preview (dryRun: the same import in a transaction that is rolled back) and
// then for real; the two answer in the same shape, so the report can be compared with the preview.
// No fragments: the server takes a large body only from a request that is one import alone.

export const ImportIatiDocument = graphql(`
  mutation ImportIati($document: String!, $dryRun: Boolean!) {
    importIATI(document: $document, dryRun: $dryRun) {
      read
      created
      updated
      unchanged
      skipped
      actorsCreated
      reasons {
        reason
        count
      }
    }
  }
`);

export const ImportHxlDocument = graphql(`
  mutation ImportHxl($document: String!, $country: String, $from: Date, $to: Date, $dryRun: Boolean!) {
    importHXL(document: $document, country: $country, from: $from, to: $to, dryRun: $dryRun) {
      read
      created
      updated
      unchanged
      skipped
      actorsCreated
      reasons {
        reason
        count
      }
    }
  }
`);

export const ImportDatasetDocument = graphql(`
  mutation ImportDataset($document: String!, $dryRun: Boolean!) {
    importDataset(document: $document, dryRun: $dryRun) {
      created
      updated
      unchanged
      counts {
        kind
        created
        updated
        unchanged
      }
    }
  }
`);
