import { graphql } from '@/gql';

export const ActorDuplicatesQuery = graphql(`
  query ActorDuplicates {
    actorDuplicates {
      reason
      a {
        ...DuplicateActorFields
      }
      b {
        ...DuplicateActorFields
      }
    }
  }

  fragment DuplicateActorFields on Actor {
    id
    name
    acronym
    kind
    ref
    aliases
    parent {
      id
      name
    }
  }
`);

export const MergeActorsMutation = graphql(`
  mutation MergeActors($keep: ID!, $drop: ID!) {
    mergeActors(keep: $keep, drop: $drop) {
      id
      name
      aliases
    }
  }
`);
