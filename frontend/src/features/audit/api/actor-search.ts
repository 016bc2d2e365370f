import { graphql } from '@/gql';

/** Organisations whose name or acronym holds the text, for choosing one to audit. */
export const AuditActorSearchDocument = graphql(`
  query AuditActorSearch($search: String!) {
    actors(filter: { search: $search }, first: 20) {
      totalCount
      edges {
        node {
          id
          name
          acronym
        }
      }
    }
  }
`);

/** The organisation named in the address, so its name can be shown. */
export const AuditActorDocument = graphql(`
  query AuditActor($id: ID!) {
    actor(id: $id) {
      id
      name
      acronym
    }
  }
`);
