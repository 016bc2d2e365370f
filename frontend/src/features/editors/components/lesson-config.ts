import { request } from '@/lib/graphql-client';
import { CreateLessonDocument, LessonForEditDocument, UpdateLessonDocument } from '../api/lesson';
import {
  blankLesson,
  createLessonInput,
  lessonValues,
  updateLessonInput,
  type LessonRecord,
  type LessonValues,
} from '../utils/lesson-values';
import { DeleteLessonDocument } from '../api/delete';
import type { EditorConfig } from './editor-config';
import { LessonFields } from './lesson-fields';

export const lessonEditor: EditorConfig<LessonRecord, LessonValues> = {
  kind: 'lesson',
  noun: 'lesson',
  title: (l) => l.title,
  // A lesson belongs to its author organisation.
  ownerOf: (l) => l.author,
  load: (id, signal) => request(LessonForEditDocument, { id }, { signal }).then((d) => d.lesson ?? null),
  blank: (session) => blankLesson(session?.account.org?.id ?? ''),
  toValues: lessonValues,
  create: (v) => request(CreateLessonDocument, { input: createLessonInput(v) }).then((d) => d.createLesson),
  update: (l, before, after) => {
    const input = updateLessonInput(before, after);
    return input && request(UpdateLessonDocument, { id: l.id, version: l.version, input }).then((d) => d.updateLesson);
  },
  remove: (r) => request(DeleteLessonDocument, { id: r.id, version: r.version }),
  labels: { text: 'Lesson', author: 'Author organisation', missions: 'Missions it is about', countries: 'Countries it is about', functions: 'Functions it is about' },
  Fields: LessonFields,
};
