import { graphql } from '@/gql';

// One request per profile: the relations are fields of the record, batched on the server.

export const ActorProfileQuery = graphql(`
  query ActorProfile($id: ID!) {
    actor(id: $id) {
      id
      name
      acronym
      kind
      ref
      aliases
      parent {
        id
        name
        acronym
      }
      parts {
        id
        name
        acronym
      }
      missionsLed {
        id
        name
        acronym
        start
        end
      }
      contributions {
        role
        personnel
        mission {
          id
          name
          acronym
          start
          end
        }
      }
      mandatesIssued {
        id
        reference
        adopted
        expires
        missions {
          id
          name
          acronym
        }
      }
      activitiesImplemented {
        id
        title
        start
        end
      }
      funding {
        amount
        currency
        year
        activity {
          id
          title
          start
          end
        }
      }
    }
  }
`);

export const MissionProfileQuery = graphql(`
  query MissionProfile($id: ID!) {
    mission(id: $id) {
      id
      name
      acronym
      model
      start
      end
      note
      sources
      confidential
      owner {
        id
      }
      lead {
        id
        name
        acronym
      }
      contributors {
        role
        personnel
        actor {
          id
          name
          acronym
        }
      }
      mandates {
        id
        reference
        adopted
        expires
        body {
          id
          name
          acronym
        }
      }
      deployments {
        from
        to
        country {
          code
          name
        }
      }
      functions {
        code
        name
      }
      predecessors {
        id
        name
        acronym
        model
        start
        end
      }
      successors {
        id
        name
        acronym
        model
        start
        end
      }
      lessons {
        id
        title
        date
      }
    }
  }
`);

export const ActivityProfileQuery = graphql(`
  query ActivityProfile($id: ID!) {
    activity(id: $id) {
      id
      title
      description
      start
      end
      status
      source
      sectors
      labels
      admin1
      admin2
      confidential
      owner {
        id
      }
      countries {
        code
        name
      }
      functions {
        code
        name
      }
      implementers {
        id
        name
        acronym
      }
      unnamedImplementers
      funders {
        amount
        currency
        year
        funder {
          id
          name
          acronym
        }
      }
      parent {
        id
        title
      }
      children {
        id
        title
      }
      fundedBy {
        id
        title
      }
    }
  }
`);
