// Where signing in returns to. Only a path of this site is followed: "?next=https://evil.example"
// or "//evil.example" would send a freshly signed-in user to someone else's page.

/** The path to return to after signing in: `next` if it is a same-origin path, else the map. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  // Resolved against a placeholder origin: anything that leaves it (encoded tricks included) is refused.
  try {
    const url = new URL(next, 'https://concord.invalid');
    if (url.origin !== 'https://concord.invalid') return '/';
    const path = url.pathname + url.search + url.hash;
    return path.startsWith('/sign-in') ? '/' : path;
  } catch {
    return '/';
  }
}

/** The sign-in page's address that comes back to `here` (the current path, query and hash). */
export function signInPath(here: string): string {
  const next = safeNextPath(here);
  return next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
}
