import { graphql } from '@/gql';

export const LessonForEditDocument = graphql(`
  query LessonForEdit($id: ID!) {
    lesson(id: $id) {
      ...LessonEditFields
    }
  }

  fragment LessonEditFields on Lesson {
    id
    version
    title
    text
    date
    author {
      id
      name
    }
    confidential
    sources
    missions {
      id
    }
    countries {
      code
    }
    functions {
      code
    }
  }
`);

export const CreateLessonDocument = graphql(`
  mutation CreateLesson($input: CreateLessonInput!) {
    createLesson(input: $input) {
      ...LessonEditFields
    }
  }
`);

export const UpdateLessonDocument = graphql(`
  mutation UpdateLesson($id: ID!, $version: Int!, $input: UpdateLessonInput!) {
    updateLesson(id: $id, version: $version, input: $input) {
      ...LessonEditFields
    }
  }
`);
