// Which responses a shared HTTP cache (the nginx micro-cache in deploy/nginx, or a CDN) may keep,
// as a next.config.js `headers()` rule. Plain JavaScript because next.config.js imports it.
//
// Only an anonymous request for a public reader page is shareable, as HTML or as the RSC payload
// of a client-side navigation or prefetch (which varies with the router's headers: a shared cache
// must key it by them, as deploy/nginx/dateline.conf does). A signed-in reader's page shows their
// name, saved stories and follows, so it keeps Next's `private, no-store`; so do server actions
// and the private areas. Why here and not in proxy.ts: Next removes the RSC headers from the
// request the proxy sees, and header rules are matched on the raw request. Next keeps a
// Cache-Control it finds on a dynamic page's response (it sends `private, no-store` only when
// there is none). deploy/nginx/dateline.conf repeats these rules, so a mistake on one side cannot
// leak a page.

/**
 * One second fresh in a shared cache, one more served stale while a single request refreshes it:
 * a publish shows everywhere within about two seconds. Browsers (max-age=0) always ask again.
 */
export const SHARED_PAGE_CACHE_CONTROL = "public, max-age=0, s-maxage=1, stale-while-revalidate=1";

/** First path segments (also after the /ru edition prefix) that are per-user, private or not pages at all: never shared. */
export const PRIVATE_SEGMENTS = ["newsroom", "api", "account", "saved", "my-feed", "signin", "signup", "forgot-password", "reset-password", "verify-email", "preview"];

/** Served with their own Cache-Control (Next's build files, uploads, cards, demo pictures). */
const OWN_HEADERS = ["_next", "media", "og", "demo"];

/**
 * next-auth v4's session cookie: `next-auth.session-token` on http, `__Secure-next-auth.session-token`
 * on https; a large token is split into `.0`, `.1`…, and `.0` is always there then.
 */
export const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token", "next-auth.session-token.0", "__Secure-next-auth.session-token.0"];

const missing = [
  { type: "header", key: "next-action" },
  ...SESSION_COOKIES.map((key) => ({ type: "cookie", key })),
];
const headers = [{ key: "Cache-Control", value: SHARED_PAGE_CACHE_CONTROL }];

/** The rules for next.config.js: the home page, and every path outside the private areas without a dot (files such as feed.xml set their own). */
export function sharedCacheHeaderRules() {
  const skip = [...PRIVATE_SEGMENTS, ...OWN_HEADERS].join("|");
  return [
    { source: "/", missing, headers },
    // The edition prefix is optional: /ru/saved is as private as /saved.
    { source: `/:path((?!(?:ru/)?(?:${skip})(?:/|$))[^.]+)`, missing, headers },
  ];
}
