// Between what a form holds (strings, as inputs give them) and what the API takes.

/** Trimmed text, or null when there is none (the API clears optional fields on null). */
export function textOrNull(s: string): string | null {
  const t = s.trim();
  return t === '' ? null : t;
}

export function intOrNull(s: string): number | null {
  return s.trim() === '' ? null : Number.parseInt(s, 10);
}

export function numberOrNull(s: string): number | null {
  return s.trim() === '' ? null : Number(s);
}

/** The non-blank lines of a text, trimmed. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * The fields of `after` that differ from `before`: an update sends only these, so lists the user
 * did not touch (which may hold records the user cannot see) are left as they are.
 */
export function changedFields<T extends object>(before: T, after: T): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out[key] = after[key];
  }
  return out;
}
