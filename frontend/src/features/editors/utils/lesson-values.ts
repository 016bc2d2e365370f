import type { CreateLessonInput, FunctionCode, LessonEditFieldsFragment, UpdateLessonInput } from '@/gql/graphql';
import { changedFields, lines, textOrNull } from './form-values';

export type LessonRecord = LessonEditFieldsFragment;

export type LessonValues = {
  id: string;
  title: string;
  text: string;
  date: string;
  /** The organisation that wrote it, which owns the record. */
  author: string;
  confidential: boolean;
  /** One per line. */
  sources: string;
  missions: string[];
  countries: string[];
  functions: FunctionCode[];
};

/** A new lesson, written by the given organisation (an officer's own). */
export function blankLesson(author = ''): LessonValues {
  return {
    id: '',
    title: '',
    text: '',
    date: '',
    author,
    confidential: false,
    sources: '',
    missions: [],
    countries: [],
    functions: [],
  };
}

export function lessonValues(l: LessonRecord): LessonValues {
  return {
    id: l.id,
    title: l.title,
    text: l.text,
    date: l.date ?? '',
    author: l.author?.id ?? '',
    confidential: l.confidential,
    sources: l.sources.join('\n'),
    missions: l.missions.map((m) => m.id),
    countries: l.countries.map((c) => c.code),
    functions: l.functions.map((f) => f.code),
  };
}

/**
 * Everything but the id, as the API takes it. What the lesson is about travels as one object,
 * and the API replaces all three lists when it is given: a change to one sends all three.
 */
function lessonFields(v: LessonValues): Omit<CreateLessonInput, 'id'> {
  return {
    title: v.title.trim(),
    text: v.text.trim(),
    date: textOrNull(v.date),
    author: textOrNull(v.author),
    confidential: v.confidential,
    sources: lines(v.sources),
    about: {
      missions: v.missions.map((m) => m.trim()),
      countries: v.countries.map((c) => c.trim().toUpperCase()),
      functions: v.functions,
    },
  };
}

export function createLessonInput(v: LessonValues): CreateLessonInput {
  return { id: v.id.trim(), ...lessonFields(v) };
}

/** Only what changed since the record was read; null when nothing did. */
export function updateLessonInput(before: LessonValues, after: LessonValues): UpdateLessonInput | null {
  const changes = changedFields(lessonFields(before), lessonFields(after));
  return Object.keys(changes).length > 0 ? changes : null;
}
