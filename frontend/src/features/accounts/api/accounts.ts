import { graphql } from '@/gql';

export const AccountsDocument = graphql(`
  query Accounts($after: String) {
    accounts(first: 200, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AccountFields
        }
      }
    }
  }

  fragment AccountFields on Account {
    id
    email
    name
    org {
      id
      name
    }
    roles
    disabled
    version
  }
`);

export const CreateAccountDocument = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      ...AccountFields
    }
  }
`);

export const UpdateAccountDocument = graphql(`
  mutation UpdateAccount($id: ID!, $version: Int!, $input: UpdateAccountInput!) {
    updateAccount(id: $id, version: $version, input: $input) {
      ...AccountFields
    }
  }
`);

export const DeleteAccountDocument = graphql(`
  mutation DeleteAccount($id: ID!) {
    deleteAccount(id: $id)
  }
`);
