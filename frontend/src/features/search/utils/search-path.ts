/** The full results page for a text: /search?q=… */
export function searchPath(text: string): string {
  return `/search?q=${encodeURIComponent(text)}`;
}
