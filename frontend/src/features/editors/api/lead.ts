import { graphql } from '@/gql';

export const LeadsInCountryDocument = graphql(`
  query LeadsInCountry($country: String!) {
    leads(country: $country) {
      actor {
        id
        name
        acronym
      }
      country {
        code
        name
      }
      function {
        code
        name
      }
      from
      to
      note
    }
  }
`);

export const SetLeadDocument = graphql(`
  mutation SetLead($input: LeadInput!) {
    setLead(input: $input) {
      actor {
        id
      }
      function {
        code
      }
      from
    }
  }
`);

export const DeleteLeadDocument = graphql(`
  mutation DeleteLead($input: LeadInput!) {
    deleteLead(input: $input)
  }
`);
