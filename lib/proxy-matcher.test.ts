// Where proxy.ts runs, through Next's own matcher compiler and route matcher: every path with work
// for it (the Russian edition, /news refs, spellings to redirect), and no canonical English page,
// Next file, API, upload or static asset; and any page a refresh asks about (X-Dateline-Expect).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { config } from "@/proxy";
import { canonicalPathname, newsRefOf } from "@/lib/canonical-path";
import { editionOfPath } from "@/lib/i18n/editions";
import { EXPECT_HEADER } from "@/lib/cache-applied";

// Next's compiler of `config.matcher` (not in its type declarations).
const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info") as {
  getMiddlewareMatchers: (matcher: typeof config.matcher, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
};
const matches = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
const runs = (path: string, headers: Record<string, string> = {}) => matches(path, { headers } as never, {});

test("the proxy runs where it has work", () => {
  for (const path of [
    "/ru", "/ru/", "/ru/world", "/ru/search", "/ru/news/12-x", "/ru/feed.xml", "/ru/signin",
    "/news/12", "/news/12-slug", "/news/old-slug", "/news/%e0%a4%a",
    "/World", "/WORLD", "/world/", "/about/", "/About", "/Search", "/Feed.xml", "/world/Atom.XML", "/Robots.txt", "/Sitemap.xml",
    "/tags/Économie", "/tags/%C3%A9conomie", "/search%20x", "/NOPE/", "/a b", "/a+b", "/a@b", "/newsroom/Articles",
  ]) {
    assert.equal(runs(path), true, path);
  }
});

test("canonical English pages, Next's files, APIs, uploads and static assets do not run it", () => {
  for (const path of [
    "/", "/world", "/search", "/about", "/feed.xml", "/atom.xml", "/sitemap.xml", "/sitemaps/articles-1.xml", "/robots.txt",
    "/world/feed.xml", "/tags/harbour", "/authors/anna-petrova", "/saved", "/account", "/signin", "/newsroom", "/newsroom/articles/12/edit",
    "/news", "/rust", "/russia", "/newsletter",
    "/_next/static/chunks/a.js", "/api/auth/session", "/api/revalidate", "/media/ab/cd.webp", "/demo/harbour.jpg", "/logo.png", "/favicon.ico",
  ]) {
    assert.equal(runs(path), false, path);
  }
});

test("every path the proxy would change, or that is in the Russian edition, runs it", () => {
  // A sample of spellings: wherever canonicalPathname or the ref lookup has something to do, or the
  // edition is not the default, the matcher must let the proxy run.
  const letters = ["a", "Z", "/", "%", "-", "_", ".", "~", "é", " ", "0"];
  const paths = new Set<string>();
  for (const a of letters) for (const b of letters) for (const prefix of ["/", "/world/", "/news/", "/ru/", "/tags/"]) paths.add(`${prefix}${a}${b}`);
  for (const path of paths) {
    const needed = canonicalPathname(path) !== null || newsRefOf(path) !== null || editionOfPath(path) !== "en";
    if (needed) assert.equal(runs(path), true, path);
  }
});

test("a refresh's question runs it on any page, and only with the header", () => {
  const asking = { [EXPECT_HEADER]: "6f1c2b9e-7d4a-4c1e-9b3a-2f8e5d6c7a10" };
  for (const path of ["/", "/world", "/search", "/about", "/feed.xml", "/world/atom.xml", "/tags/harbour", "/authors/anna-petrova", "/news/12-slug", "/ru"]) {
    assert.equal(runs(path, asking), true, path);
  }
  for (const path of ["/_next/static/chunks/a.js", "/api/revalidate", "/media/ab/cd.webp", "/demo/harbour.jpg"]) assert.equal(runs(path, asking), false, path);
  // Another header of a similar name is not the question.
  assert.equal(runs("/", { "x-dateline-expected": "x" }), false);
});
