import { graphql } from '@/gql';

// Each takes the version the user read: a record changed since is a CONFLICT, not a silent loss.

export const DeleteMissionDocument = graphql(`
  mutation DeleteMission($id: ID!, $version: Int!) {
    deleteMission(id: $id, version: $version)
  }
`);

export const DeleteMandateDocument = graphql(`
  mutation DeleteMandate($id: ID!, $version: Int!) {
    deleteMandate(id: $id, version: $version)
  }
`);

export const DeleteActivityDocument = graphql(`
  mutation DeleteActivity($id: ID!, $version: Int!) {
    deleteActivity(id: $id, version: $version)
  }
`);

export const DeleteLessonDocument = graphql(`
  mutation DeleteLesson($id: ID!, $version: Int!) {
    deleteLesson(id: $id, version: $version)
  }
`);

export const DeleteActorDocument = graphql(`
  mutation DeleteActor($id: ID!, $version: Int!) {
    deleteActor(id: $id, version: $version)
  }
`);
