import { graphql } from '@/gql';
import type { AuditFundingTotalsQuery } from '@/gql/graphql';

/**
 * The organisation's funding added up by the API (one aggregate, whatever the portfolio's size):
 * per currency, by year, country, function and country × function.
 */
export const AuditFundingTotalsDocument = graphql(`
  query AuditFundingTotals($funder: ID!, $country: String, $function: FunctionCode, $year: Int) {
    fundingTotals(funder: $funder, country: $country, function: $function, year: $year) {
      activities
      fundings
      unknownAmounts
      total {
        ...AuditMoney
      }
      byYear {
        year
        ...AuditBucket
      }
      byCountry {
        country {
          code
          name
        }
        ...AuditBucket
      }
      byFunction {
        function {
          code
          name
        }
        ...AuditBucket
      }
      byCountryFunction {
        country {
          code
          name
        }
        function {
          code
          name
        }
        activities
      }
    }
  }

  fragment AuditBucket on FundingBucket {
    activities
    amounts {
      ...AuditMoney
    }
  }

  fragment AuditMoney on Money {
    currency
    amount
  }
`);

export type FundingTotals = AuditFundingTotalsQuery['fundingTotals'];
