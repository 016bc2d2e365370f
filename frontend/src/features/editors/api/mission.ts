import { graphql } from '@/gql';

export const MissionForEditDocument = graphql(`
  query MissionForEdit($id: ID!) {
    mission(id: $id) {
      ...MissionEditFields
    }
  }

  fragment MissionEditFields on Mission {
    id
    version
    name
    acronym
    model
    start
    end
    lead {
      id
    }
    deployments {
      country {
        code
      }
      from
      to
    }
    contributors {
      actor {
        id
      }
      role
      personnel
    }
    mandates {
      id
    }
    predecessors {
      id
    }
    clusters {
      id
    }
    sources
    note
    confidential
    owner {
      id
      name
    }
  }
`);

export const CreateMissionDocument = graphql(`
  mutation CreateMission($input: CreateMissionInput!) {
    createMission(input: $input) {
      ...MissionEditFields
    }
  }
`);

export const UpdateMissionDocument = graphql(`
  mutation UpdateMission($id: ID!, $version: Int!, $input: UpdateMissionInput!) {
    updateMission(id: $id, version: $version, input: $input) {
      ...MissionEditFields
    }
  }
`);
