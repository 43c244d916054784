// Every public URL has one spelling, and every other spelling answers 301 (not Next's 308) to it:
// upper case and trailing slashes (lib/canonical-path.ts, no database), and for /news/{ref} an
// id with a wrong, old or missing slug or a bare old slug (one indexed read, lib/data/article-routes.ts;
// a live story's address found by id is then kept in memory until its article tag expires).
// Pages cannot answer 301 themselves: permanentRedirect() is 308. See docs/SEO.md.
// An article lives in its language's edition, so the ref lookup also moves /news/{id} of a Russian
// story to /ru/news/… and back. Every request it passes on carries the edition of its path in a
// signed request header (lib/i18n/edition-header.ts), which the root layout reads for <html lang>
// and the site layout for the masthead's language (docs/I18N.md).
// It also answers the app's nginx refresh after a write whether this process has applied the
// change (X-Dateline-Expect → X-Dateline-Applied, lib/cache-applied.ts), on any page.
// It runs only on paths where it has work (`config.matcher`): running it costs Next about 1–2.5 ms
// of CPU a request, a fifth of the render of a page with no data (docs/PERFORMANCE.md).
import { NextResponse, type NextRequest } from "next/server";
import { canonicalPathname, newsRefOf } from "@/lib/canonical-path";
import { resolveArticleRef } from "@/lib/data/article-routes";
import { editionOfPath } from "@/lib/i18n/editions";
import { EDITION_HEADER, editionHeaderValue } from "@/lib/i18n/edition-header";
import { APPLIED_HEADER, EXPECT_HEADER, appliedHere } from "@/lib/cache-applied";

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

function withEdition(request: NextRequest, pathname: string): Headers {
  const headers = new Headers(request.headers);
  headers.set(EDITION_HEADER, editionHeaderValue(editionOfPath(pathname)));
  return headers;
}

export async function proxy(request: NextRequest) {
  const response = await route(request);
  const change = request.headers.get(EXPECT_HEADER);
  if (change !== null) response.headers.set(APPLIED_HEADER, appliedHere(change) ? "yes" : "no");
  return response;
}

async function route(request: NextRequest): Promise<NextResponse> {
  // The raw URL: NextURL re-adds a trailing slash it was given when the path is rewritten.
  const url = new URL(request.url);
  const { pathname } = url;
  const pass = () => NextResponse.next({ request: { headers: withEdition(request, pathname) } });
  // Next answers 500 when it cannot decode a route param; a malformed %-escape is an unknown page,
  // whatever the method (scripts/request-guard.mjs answers the same where this does not run).
  if (decoded(pathname) === null) return NextResponse.rewrite(new URL("/_not-found", url), { request: { headers: withEdition(request, pathname) } });
  if (request.method !== "GET" && request.method !== "HEAD") return pass();
  let target = canonicalPathname(pathname) ?? pathname;
  const ref = newsRefOf(target);
  const refText = ref === null ? null : decoded(ref);
  if (refText !== null) target = (await resolveArticleRef(refText)) ?? target;
  if (target === pathname) return pass();
  url.pathname = target;
  return NextResponse.redirect(url, 301);
}

export const config = {
  // The paths the proxy runs on (Next compiles this to a case-sensitive regular expression;
  // lib/proxy-matcher.test.ts checks it through Next's own compiler): the Russian edition (its
  // header), /news/… (the ref lookup), and any spelling that may not be canonical — a character
  // other than lower-case letters, digits and "/._~-" (capitals, %-escapes, anything else) or a
  // trailing slash. A canonical English path such as /, /world or /search does not run it and is
  // in the default edition. Never Next's own files, APIs, uploaded media or static pictures and
  // sound (their names are exact, and the bench's static-file baseline stays proxy-free).
  // And any page a refresh asks about (the header; nginx passes it on only with the refresh token).
  matcher: [
    "/((?!_next/|api/|media/|demo/|.*\\.(?:png|jpe?g|webp|avif|gif|svg|ico|mp3|mp4|ogg|webm|vtt|woff2?)$)(?:ru|ru/.*|news/.*|.*[^a-z0-9/._~-].*|.*/))",
    { source: "/((?!_next/|api/|media/|demo/).*)", has: [{ type: "header", key: "x-dateline-expect" }] },
  ],
};
