import { graphql } from '@/gql';

/** The functions and regions the filters offer. */
export const FilterChoicesQuery = graphql(`
  query NetworkFilterChoices {
    functions {
      code
      name
    }
    regions {
      code
      name
    }
  }
`);
