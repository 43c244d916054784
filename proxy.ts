// Every public URL has one spelling, and every other spelling answers 301 (not Next's 308) to it:
// upper case and trailing slashes (lib/canonical-path.ts, no database), and for /news/{ref} an
// id with a wrong, old or missing slug or a bare old slug (one indexed read, lib/data/article-routes.ts).
// Pages cannot answer 301 themselves: permanentRedirect() is 308. See docs/SEO.md.
import { NextResponse, type NextRequest } from "next/server";
import { canonicalPathname, newsRefOf } from "@/lib/canonical-path";
import { resolveArticleRef } from "@/lib/data/article-routes";

function decoded(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export async function proxy(request: NextRequest) {
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  // The raw URL: NextURL re-adds a trailing slash it was given when the path is rewritten.
  const url = new URL(request.url);
  const { pathname } = url;
  // Next answers 500 when it cannot decode a route param; a malformed %-escape is an unknown page.
  if (decoded(pathname) === null) return NextResponse.rewrite(new URL("/_not-found", url));
  let target = canonicalPathname(pathname) ?? pathname;
  const ref = newsRefOf(target);
  const refText = ref === null ? null : decoded(ref);
  if (refText !== null) target = (await resolveArticleRef(refText)) ?? target;
  if (target === pathname) return NextResponse.next();
  url.pathname = target;
  return NextResponse.redirect(url, 301);
}

export const config = {
  // Pages, feeds and sitemaps; not Next's own files, APIs, uploaded media or static pictures and
  // sound (their names are exact, and the bench's static-file baseline stays proxy-free).
  matcher: ["/((?!_next/|api/|media/|demo/|.*\\.(?:png|jpe?g|webp|avif|gif|svg|ico|mp3|mp4|ogg|webm|vtt|woff2?)$).*)"],
};
