import { graphql } from '@/gql';

export const ActivityForEditDocument = graphql(`
  query ActivityForEdit($id: ID!) {
    activity(id: $id) {
      ...ActivityEditFields
    }
  }

  fragment ActivityEditFields on Activity {
    id
    version
    title
    description
    start
    end
    countries {
      code
    }
    functions {
      code
    }
    implementers {
      id
    }
    funders {
      funder {
        id
      }
      amount
      currency
      year
    }
    confidential
    owner {
      id
      name
    }
  }
`);

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      ...ActivityEditFields
    }
  }
`);

export const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($id: ID!, $version: Int!, $input: UpdateActivityInput!) {
    updateActivity(id: $id, version: $version, input: $input) {
      ...ActivityEditFields
    }
  }
`);
