import { graphql } from '@/gql';

export const MandateForEditDocument = graphql(`
  query MandateForEdit($id: ID!) {
    mandate(id: $id) {
      ...MandateEditFields
    }
  }

  fragment MandateEditFields on Mandate {
    id
    version
    reference
    body {
      id
    }
    adopted
    expires
    functions {
      code
    }
    confidential
    owner {
      id
      name
    }
  }
`);

export const CreateMandateDocument = graphql(`
  mutation CreateMandate($input: CreateMandateInput!) {
    createMandate(input: $input) {
      ...MandateEditFields
    }
  }
`);

export const UpdateMandateDocument = graphql(`
  mutation UpdateMandate($id: ID!, $version: Int!, $input: UpdateMandateInput!) {
    updateMandate(id: $id, version: $version, input: $input) {
      ...MandateEditFields
    }
  }
`);
