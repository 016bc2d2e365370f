import { graphql } from '@/gql';

/**
 * Actors, missions and activities whose name, acronym or id holds the text (the API's search
 * filter), in one request. Lessons are asked apart (LessonSearch): their full-text search refuses
 * some texts, and that must not lose the other kinds.
 */
export const RecordSearchQuery = graphql(`
  query RecordSearch($text: String!, $first: Int!) {
    missions(filter: { search: $text }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          acronym
          start
          end
        }
      }
    }
    actors(filter: { search: $text }, first: $first) {
      totalCount
      edges {
        node {
          id
          name
          acronym
          kind
        }
      }
    }
    activities(filter: { search: $text }, first: $first) {
      totalCount
      edges {
        node {
          id
          title
          start
          end
        }
      }
    }
  }
`);

export const LessonSearchQuery = graphql(`
  query LessonSearch($text: String!, $first: Int!) {
    searchLessons(query: $text, first: $first) {
      lesson {
        id
        title
        date
        missions {
          id
        }
        countries {
          code
        }
      }
    }
  }
`);

/** Every country's name, read once and matched in the browser (about 250 rows). */
export const CountryNamesQuery = graphql(`
  query CountryNames {
    countries(first: 500) {
      edges {
        node {
          code
          alpha2
          name
        }
      }
    }
  }
`);
