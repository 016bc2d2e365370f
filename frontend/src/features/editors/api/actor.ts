import { graphql } from '@/gql';

export const ActorForEditDocument = graphql(`
  query ActorForEdit($id: ID!) {
    actor(id: $id) {
      ...ActorEditFields
    }
  }

  fragment ActorEditFields on Actor {
    id
    version
    name
    acronym
    kind
    ref
    aliases
    parent {
      id
    }
  }
`);

export const CreateActorDocument = graphql(`
  mutation CreateActor($input: CreateActorInput!) {
    createActor(input: $input) {
      ...ActorEditFields
    }
  }
`);

export const UpdateActorDocument = graphql(`
  mutation UpdateActor($id: ID!, $version: Int!, $input: UpdateActorInput!) {
    updateActor(id: $id, version: $version, input: $input) {
      ...ActorEditFields
    }
  }
`);
