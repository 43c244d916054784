import { test } from "node:test";
import assert from "node:assert/strict";
import { intentPrefetchPath, type PrefetchLink } from "./intent-prefetch-path";

const here = { href: "https://news.example/world?page=2", origin: "https://news.example", pathname: "/world", search: "?page=2" };

function link(href: string, attrs: Record<string, string> = {}): PrefetchLink {
  return { href, target: attrs.target ?? "", hasAttribute: (name) => name in attrs };
}

test("a page of this site is prefetched by its path and query", () => {
  assert.equal(intentPrefetchPath(link("/news/12-a-story"), here), "/news/12-a-story");
  assert.equal(intentPrefetchPath(link("https://news.example/business?page=3"), here), "/business?page=3");
  assert.equal(intentPrefetchPath(link("/tags/trade", { target: "_self" }), here), "/tags/trade");
  // The fragment is not part of what the router fetches.
  assert.equal(intentPrefetchPath(link("/about#contact"), here), "/about");
  // A relative link resolves against the page, as the browser does.
  assert.equal(intentPrefetchPath(link("europe"), here), "/europe");
});

test("the page the reader is on is not prefetched again", () => {
  assert.equal(intentPrefetchPath(link("/world?page=2"), here), null);
  assert.equal(intentPrefetchPath(link("/world?page=2#top"), here), null);
  assert.equal(intentPrefetchPath(link("/world"), here), "/world");
});

test("full-load links and other sites are left alone", () => {
  assert.equal(intentPrefetchPath(link("/news/12-a-story", { target: "_blank" }), here), null);
  assert.equal(intentPrefetchPath(link("/account/data", { download: "" }), here), null);
  assert.equal(intentPrefetchPath(link("/ru", { hreflang: "ru" }), here), null);
  assert.equal(intentPrefetchPath(link("https://elsewhere.example/world"), here), null);
  assert.equal(intentPrefetchPath(link("http://news.example/world"), here), null, "another scheme is another origin");
  assert.equal(intentPrefetchPath(link("mailto:desk@news.example"), here), null);
  assert.equal(intentPrefetchPath(link("javascript:alert(1)"), here), null);
  assert.equal(intentPrefetchPath(link("http://[bad"), here), null, "an unparsable address");
});

test("files and machinery are not pages", () => {
  for (const href of ["/feed.xml", "/world/feed.xml", "/sitemap.xml", "/media/ab/photo.jpg", "/og/news/1.png", "/api/views/1", "/api", "/_next/static/x.js", "/demo/world-1.jpg", "/media", "/og/news/1", "/_next/image"]) {
    assert.equal(intentPrefetchPath(link(href), here), null, href);
  }
  // A page whose name merely starts like one of them is still a page.
  assert.equal(intentPrefetchPath(link("/apiary-news"), here), "/apiary-news");
  assert.equal(intentPrefetchPath(link("/media-watch"), here), "/media-watch");
});
