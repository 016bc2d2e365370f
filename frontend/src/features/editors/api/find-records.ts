import { graphql } from '@/gql';

/** Records whose name, title or reference holds the text, to open one in its editor. */
export const FindMissionsDocument = graphql(`
  query FindMissions($search: String!) {
    missions(filter: { search: $search }, first: 20) {
      totalCount
      edges {
        node {
          id
          name
          acronym
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const FindMandatesDocument = graphql(`
  query FindMandates($search: String!) {
    mandates(filter: { search: $search }, first: 20) {
      totalCount
      edges {
        node {
          id
          reference
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const FindActivitiesDocument = graphql(`
  query FindActivities($search: String!) {
    activities(filter: { search: $search }, first: 20) {
      totalCount
      edges {
        node {
          id
          title
          owner {
            id
            name
          }
        }
      }
    }
  }
`);

export const FindActorsDocument = graphql(`
  query FindActors($search: String!) {
    actors(filter: { search: $search }, first: 20) {
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

export const FindLessonsDocument = graphql(`
  query FindLessons($search: String!) {
    searchLessons(query: $search, first: 20) {
      lesson {
        id
        title
      }
    }
  }
`);
