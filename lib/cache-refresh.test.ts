// Which public pages a change's cache tags send the nginx refresh to (lib/cache-refresh.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { refreshTargets } from "@/lib/cache-refresh";
import { articleChangeTags } from "@/lib/cache-tags";

test("a story's change refreshes its edition's home, section, tag and author pages with their feeds, and the article", () => {
  const facts = { id: 42, live: true, language: "en" as const, sectionSlug: "world", tagSlugs: ["harbour"], authorSlugs: ["wendy-writer"] };
  const { paths, articleIds } = refreshTargets(articleChangeTags(null, facts));
  assert.deepEqual(articleIds, [42]);
  for (const p of ["/", "/feed.xml", "/atom.xml", "/world", "/world/feed.xml", "/world/atom.xml", "/tags/harbour", "/tags/harbour/feed.xml", "/authors/wendy-writer", "/authors/wendy-writer/atom.xml"]) {
    assert.ok(paths.includes(p), p);
  }
  assert.ok(!paths.some((p) => p.startsWith("/ru")), "an English story leaves the Russian pages alone");
});

test("a Russian story's change refreshes the /ru pages", () => {
  const facts = { id: 7, live: true, language: "ru" as const, sectionSlug: "world", tagSlugs: ["zima"], authorSlugs: ["dmitri-volkov"] };
  const { paths } = refreshTargets(articleChangeTags(facts, facts));
  for (const p of ["/ru", "/ru/feed.xml", "/ru/world", "/ru/tags/zima", "/ru/tags/zima/atom.xml", "/ru/authors/dmitri-volkov"]) assert.ok(paths.includes(p), p);
  assert.ok(!paths.includes("/"));
});

test("tags that name no single page, and hostile tag text, refresh nothing", () => {
  const { paths, articleIds } = refreshTargets(["site", "sections", "sitemaps", "section:../admin", "tag:a b", "author:<script>", "article:abc", "article:99999999999", "ru:", "xx:home", "section:"]);
  assert.deepEqual(paths, []);
  assert.deepEqual(articleIds, []);
});
