// Which link a reader reaches for is worth prefetching (components/site/intent-prefetch.tsx). Plain
// shapes rather than DOM types, so it runs in a unit test as it runs in the browser.

export type PrefetchLink = { href: string; target: string; hasAttribute(name: string): boolean };
export type PrefetchHere = { href: string; origin: string; pathname: string; search: string };

/** The path to prefetch for a link the reader reached for, or null when it is not a page of this site. */
export function intentPrefetchPath(link: PrefetchLink, here: PrefetchHere): string | null {
  // Full-load links: another window, a download, another edition (hreflang), another site.
  if ((link.target && link.target !== "_self") || link.hasAttribute("download") || link.hasAttribute("hreflang")) return null;
  let url: URL;
  try {
    url = new URL(link.href, here.href);
  } catch {
    return null;
  }
  if (url.origin !== here.origin) return null;
  // Files and machinery, not pages: feeds, sitemaps, media, the API, Next's own files.
  if (/^\/(api|media|og|_next)(\/|$)/.test(url.pathname) || /\.[a-z0-9]+$/i.test(url.pathname)) return null;
  const path = url.pathname + url.search;
  return path === here.pathname + here.search ? null : path;
}
