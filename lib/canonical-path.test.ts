import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalPathname, newsRefOf } from "./canonical-path";

test("canonical paths are left alone", () => {
  for (const path of ["/", "/world", "/news/12-harbour-reopens", "/tags/climate", "/feed.xml", "/world/atom.xml", "/news/12-%d0%b0"]) {
    assert.equal(canonicalPathname(path), null, path);
  }
});

test("upper case and trailing slashes collapse to one spelling", () => {
  assert.equal(canonicalPathname("/World"), "/world");
  assert.equal(canonicalPathname("/world/"), "/world");
  assert.equal(canonicalPathname("/WORLD//"), "/world");
  assert.equal(canonicalPathname("/News/12-Harbour-Reopens/"), "/news/12-harbour-reopens");
  assert.equal(canonicalPathname("/Tags/Climate/Feed.XML"), "/tags/climate/feed.xml");
  assert.equal(canonicalPathname("//"), "/");
});

test("percent escapes keep their hex digits, so an escaped path never redirects to itself", () => {
  assert.equal(canonicalPathname("/news/12-%D0%B0"), null);
  assert.equal(canonicalPathname("/News/12-%D0%B0"), "/news/12-%D0%B0");
});

test("Next's files, APIs and uploaded media are never rewritten", () => {
  for (const path of ["/_next/static/chunks/AbC.js", "/api/auth/callback/Credentials", "/media/2026/Photo.JPG", "/api/"]) {
    assert.equal(canonicalPathname(path), null, path);
  }
});

test("newsRefOf finds the article segment only directly under /news", () => {
  assert.equal(newsRefOf("/news/12-harbour"), "12-harbour");
  assert.equal(newsRefOf("/news/12"), "12");
  assert.equal(newsRefOf("/news"), null);
  assert.equal(newsRefOf("/news/12/extra"), null);
  assert.equal(newsRefOf("/world/12-harbour"), null);
});

test("the newsroom and signed preview links keep their spelling (tokens are case-sensitive)", () => {
  assert.equal(canonicalPathname("/preview/12.1900000000.ABCdef"), null);
  assert.equal(canonicalPathname("/newsroom/articles/12/"), null);
  assert.equal(canonicalPathname("/Previews"), "/previews");
});
