import { test } from "node:test";
import assert from "node:assert/strict";
import { articlePath, mediaUrl, parseArticleRef, slugify } from "./urls";

test("article URLs round-trip through parseArticleRef", () => {
  assert.equal(articlePath({ id: 42, slug: "harbour-reopens", language: "en" }), "/news/42-harbour-reopens");
  assert.equal(articlePath({ id: 42, slug: "vybory", language: "ru" }), "/ru/news/42-vybory");
  assert.equal(articlePath({ id: 42, slug: "x", language: "xx" }), "/news/42-x");
  assert.deepEqual(parseArticleRef("42-harbour-reopens"), { id: 42, slug: "harbour-reopens" });
  assert.deepEqual(parseArticleRef("42"), { id: 42, slug: "" });
});

test("parseArticleRef rejects everything that is not {id}-{slug}", () => {
  for (const bad of ["", "abc", "0-zero", "-1-neg", "01-leading-zero", "99999999999-too-big", "2147483648-over-int", "1e3-sci", " 1-space", "1.5-x"]) {
    assert.equal(parseArticleRef(bad), null, bad);
  }
  assert.deepEqual(parseArticleRef("2147483647-max"), { id: 2147483647, slug: "max" });
});

test("slugify makes ASCII slugs, transliterates Cyrillic and strips hostile text", () => {
  assert.equal(slugify("Harbour Reopens After Storm"), "harbour-reopens-after-storm");
  assert.equal(slugify("Москва готовится к зиме"), "moskva-gotovitsya-k-zime");
  assert.equal(slugify("Zoë Álvarez wins — again!"), "zoe-alvarez-wins-again");
  assert.equal(slugify("<script>alert(1)</script>"), "script-alert-1-script");
  assert.equal(slugify("'; DROP TABLE \"Article\"; --"), "drop-table-article");
  assert.equal(slugify("!!!"), "article");
  assert.equal(slugify("\u202Eevil\u200B text"), "evil-text");
  assert.ok(slugify("word ".repeat(100)).length <= 80);
  assert.ok(!slugify("word ".repeat(100)).endsWith("-"));
});

test("mediaUrl maps demo files to public/ and others to /media", () => {
  assert.equal(mediaUrl("public/demo/world-1.jpg"), "/demo/world-1.jpg");
  assert.equal(mediaUrl("2026/11/abc.jpg"), "/media/2026/11/abc.jpg");
});
