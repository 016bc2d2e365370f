// Puts the API's validation messages next to the form controls they are about. The API names
// a field by its path in the mutation's arguments (input.name, input.deployments[0].to); the
// form names its controls by the same path without "input.".
import type { ApiError } from '@/lib/graphql-client';

export type FormErrors = {
  /** Messages by control name. */
  fields: Record<string, string[]>;
  /** Messages no control matches: for the form-level alert. */
  form: string[];
};

export const NO_ERRORS: FormErrors = { fields: {}, form: [] };

/** The enclosing paths of a path, nearest first: funders[1].actor → funders[1] → funders. */
function enclosing(path: string): string[] {
  const out: string[] = [];
  let p = path;
  for (;;) {
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    if (cut <= 0) return out;
    p = p.slice(0, cut);
    out.push(p);
  }
}

/** "[2].currency" → "Entry 3 (currency)": which entry of a list control a message is about. */
function entryLabel(rest: string): string {
  const m = /^\[(\d+)\]\.?(.*)$/.exec(rest);
  if (!m) return rest.replace(/^\./, '');
  return `Entry ${Number(m[1]) + 1}${m[2] ? ` (${m[2]})` : ''}`;
}

/**
 * Sorts an API error's messages onto the form's controls, given their names: the control the
 * error names, else the nearest enclosing one (the message then says which entry); messages
 * that match no control go to the form.
 */
export function mapApiError(error: ApiError, controls: ReadonlySet<string>): FormErrors {
  if (error.fieldErrors.length === 0) return { fields: {}, form: [error.message] };
  const out: FormErrors = { fields: {}, form: [] };
  for (const fe of error.fieldErrors) {
    // A single error arrives as "field: message"; a list of them carries bare messages.
    const message = fe.message.startsWith(`${fe.field}: `) ? fe.message.slice(fe.field.length + 2) : fe.message;
    const path = fe.field.replace(/^input\./, '');
    const control = [path, ...enclosing(path)].find((p) => controls.has(p));
    if (control === undefined) {
      out.form.push(fe.field ? `${fe.field}: ${message}` : message);
    } else {
      const text = control === path ? message : `${entryLabel(path.slice(control.length))}: ${message}`;
      (out.fields[control] ??= []).push(text);
    }
  }
  return out;
}
