// The one spelling of a public path: lower case and no trailing slash. proxy.ts answers 301 to it,
// so "/World/", "/WORLD" and "/world/" are one page to search engines. Pure (no database) so the
// proxy can run it on every request.

/** Paths the rule leaves alone: Next's own files, APIs (next-auth callbacks), uploaded media, and
 *  the newsroom and signed preview links (never indexed; their tokens are case-sensitive). */
const UNTOUCHED = /^\/(?:_next|api|media|newsroom|preview)(?:\/|$)/;

/** Lower-cases ASCII letters but not the hex digits of %XX escapes (those mean the same either way). */
function lowerOutsideEscapes(path: string): string {
  return path.replace(/%[0-9A-Fa-f]{2}|[A-Z]+/g, (part) => (part.startsWith("%") ? part : part.toLowerCase()));
}

/** The canonical spelling of `pathname`, or null when it already is canonical (or is not ours to change). */
export function canonicalPathname(pathname: string): string | null {
  if (UNTOUCHED.test(pathname)) return null;
  let path = lowerOutsideEscapes(pathname);
  if (path.length > 1) path = path.replace(/\/+$/, "") || "/";
  return path === pathname ? null : path;
}

/** `/news/{ref}` or `/ru/news/{ref}` with exactly one segment after /news: the ref, else null. */
export function newsRefOf(pathname: string): string | null {
  const match = /^(?:\/ru)?\/news\/([^/]+)$/.exec(pathname);
  return match ? match[1]! : null;
}
