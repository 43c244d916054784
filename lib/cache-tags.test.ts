import { test } from "node:test";
import assert from "node:assert/strict";
import { articleChangeTags, articlesTags, isLiveStatus, TAG, type ArticleFacts } from "@/lib/cache-tags";

const base: ArticleFacts = { id: 7, live: true, language: "en", sectionSlug: "world", tagSlugs: ["climate"], authorSlugs: ["ada"] };

test("publishing a new article touches its article, home, feeds, sitemaps, section, tags and authors", () => {
  const tags = articleChangeTags({ ...base, live: false }, base).sort();
  assert.deepEqual(tags, ["article:7", "author:ada", "feeds", "home", "section:world", "sitemaps", "tag:climate"]);
});

test("a draft edit touches nothing public", () => {
  assert.deepEqual(articleChangeTags({ ...base, live: false }, { ...base, live: false, sectionSlug: "sport" }), []);
  assert.deepEqual(articleChangeTags(null, { ...base, live: false }), []);
});

test("moving a live article touches both sides: old and new section, tags and authors", () => {
  const tags = articleChangeTags(base, { ...base, sectionSlug: "business", tagSlugs: ["markets"], authorSlugs: ["bo"] });
  for (const t of ["section:world", "section:business", "tag:climate", "tag:markets", "author:ada", "author:bo", "article:7"]) assert.ok(tags.includes(t), t);
  assert.equal(new Set(tags).size, tags.length);
});

test("unpublishing and deleting touch what the article was on", () => {
  assert.ok(articleChangeTags(base, { ...base, live: false }).includes("section:world"));
  assert.ok(articleChangeTags(base, null).includes("tag:climate"));
  assert.ok(!articleChangeTags(base, null).includes(TAG.site));
});

test("articlesTags unions several live articles and skips unpublished ones", () => {
  const tags = articlesTags([base, { ...base, id: 8, live: false, sectionSlug: "sport" }, { ...base, id: 9, sectionSlug: "arts" }]);
  assert.ok(tags.includes("article:9") && tags.includes("section:arts"));
  assert.ok(!tags.includes("article:8") && !tags.includes("section:sport"));
});

test("isLiveStatus: only published and not deleted", () => {
  assert.equal(isLiveStatus("PUBLISHED", null), true);
  assert.equal(isLiveStatus("PUBLISHED", new Date()), false);
  assert.equal(isLiveStatus("SCHEDULED", null), false);
});
