/** The records with an editor of their own (leads have one page for all). */
export const EDITOR_KINDS = ['mission', 'mandate', 'activity', 'lesson', 'actor'] as const;

export type EditorKind = (typeof EDITOR_KINDS)[number];

export function isEditorKind(s: string | undefined): s is EditorKind {
  return (EDITOR_KINDS as readonly string[]).includes(s ?? '');
}

/** /edit/<kind>/new, or /edit/<kind>/<id> with the id encoded (IATI ids hold slashes). */
export function editorPath(kind: EditorKind, id?: string): string {
  return `/edit/${kind}/${id === undefined ? 'new' : encodeURIComponent(id)}`;
}

export function leadEditorPath(country?: string): string {
  return country ? `/edit/lead?country=${encodeURIComponent(country)}` : '/edit/lead';
}
