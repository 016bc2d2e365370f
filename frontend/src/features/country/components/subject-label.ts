export type SubjectLike =
  | { __typename: 'Mission'; id: string; acronym?: string | null; name: string }
  | { __typename: 'Activity'; id: string; title: string };

export function subjectLabel(s: SubjectLike): string {
  return s.__typename === 'Mission' ? (s.acronym || s.name) : s.title;
}

/** What identifies a mission or an activity among both kinds. */
export function subjectKey(s: SubjectLike): string {
  return `${s.__typename}:${s.id}`;
}
