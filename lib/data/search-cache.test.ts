import { beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { cachedSearch, clearSearchCache, expireSearches, searchCacheStats, SEARCH_CACHE_ENTRIES, SEARCH_CACHE_SECONDS } from "@/lib/data/search-cache";
import { articleChangeTags, TAG } from "@/lib/cache-tags";

/** A loader that counts its calls and answers with the key and the call number. */
function counter() {
  const calls: string[] = [];
  return { calls, load: (key: string) => async () => (calls.push(key), `${key}#${calls.length}`) };
}

beforeEach(() => clearSearchCache());

test("a repeated search is answered from the store; another query, page or edition is not", async () => {
  const c = counter();
  const start = searchCacheStats();
  assert.equal(await cachedSearch("en", "ceasefire", c.load("ceasefire")), "ceasefire#1");
  assert.equal(await cachedSearch("en", "ceasefire", c.load("ceasefire")), "ceasefire#1");
  assert.equal(await cachedSearch("en", "ceasefire p2", c.load("ceasefire p2")), "ceasefire p2#2");
  assert.equal(await cachedSearch("ru", "ceasefire", c.load("ceasefire")), "ceasefire#3");
  assert.deepEqual(c.calls, ["ceasefire", "ceasefire p2", "ceasefire"]);
  assert.deepEqual(searchCacheStats(), { entries: 3, hits: start.hits + 1, misses: start.misses + 3 });
});

test("a change to an edition's listings expires that edition's searches and no other's", async () => {
  const c = counter();
  await cachedSearch("en", "harbour", c.load("en"));
  await cachedSearch("ru", "гавань", c.load("ru"));
  // What publishing an English story expires (the same tags as its pages).
  expireSearches(articleChangeTags(null, { id: 1, live: true, language: "en", sectionSlug: "world", tagSlugs: [], authorSlugs: [] }));
  assert.equal(await cachedSearch("en", "harbour", c.load("en")), "en#3");
  assert.equal(await cachedSearch("ru", "гавань", c.load("ru")), "ru#2");
  // A Russian story's tags carry the "ru:" prefix.
  expireSearches(articleChangeTags(null, { id: 2, live: true, language: "ru", sectionSlug: "world", tagSlugs: [], authorSlugs: [] }));
  assert.equal(await cachedSearch("ru", "гавань", c.load("ru")), "ru#4");
  assert.equal(await cachedSearch("en", "harbour", c.load("en")), "en#3");
});

test("tags that do not touch what searches list leave them; the site-wide tags expire every edition", async () => {
  const c = counter();
  await cachedSearch("en", "a", c.load("a"));
  await cachedSearch("ru", "b", c.load("b"));
  expireSearches(["section:world", "author:ada", TAG.sitemaps, "ru:feeds", "", "<script>home</script>", "home ", "HOME"]);
  assert.equal(searchCacheStats().entries, 2);
  expireSearches([TAG.site]);
  assert.equal(searchCacheStats().entries, 0);
  await cachedSearch("en", "a", c.load("a"));
  await cachedSearch("ru", "b", c.load("b"));
  expireSearches([TAG.sections]);
  assert.equal(searchCacheStats().entries, 0);
  await cachedSearch("en", "a", c.load("a"));
  await cachedSearch("ru", "b", c.load("b"));
  assert.equal(c.calls.length, 6);
});

test("a search that was running when its edition changed is not stored", async () => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let calls = 0;
  const slow = async () => (calls++, await gate, `result ${calls}`);
  const running = cachedSearch("en", "breaking", slow);
  expireSearches([TAG.home]);
  release();
  assert.equal(await running, "result 1");
  // The next reader asks the database again rather than getting what the first one read.
  assert.equal(await cachedSearch("en", "breaking", async () => `result ${++calls}`), "result 2");
  assert.equal(await cachedSearch("en", "breaking", async () => `result ${++calls}`), "result 2");
});

test("a failed search is not stored", async () => {
  await assert.rejects(cachedSearch("en", "q", async () => Promise.reject(new Error("database down"))), /database down/);
  assert.equal(await cachedSearch("en", "q", async () => "fine"), "fine");
});

test("copies expire after SEARCH_CACHE_SECONDS even without a change", async () => {
  let clock = 1_000_000;
  const now = () => clock;
  const c = counter();
  await cachedSearch("en", "q", c.load("q"), now);
  clock += SEARCH_CACHE_SECONDS * 1000 - 1;
  assert.equal(await cachedSearch("en", "q", c.load("q"), now), "q#1");
  clock += 1;
  assert.equal(await cachedSearch("en", "q", c.load("q"), now), "q#2");
});

test("the store is bounded: the least recently used search goes first, and a hit counts as a use", async () => {
  const c = counter();
  for (let i = 0; i < SEARCH_CACHE_ENTRIES; i++) await cachedSearch("en", `q${i}`, c.load(`q${i}`));
  // q0 is read again, so q1 is now the least recently used.
  await cachedSearch("en", "q0", c.load("q0"));
  await cachedSearch("en", "one more", c.load("one more"));
  assert.equal(searchCacheStats().entries, SEARCH_CACHE_ENTRIES);
  const before = c.calls.length;
  await cachedSearch("en", "q0", c.load("q0"));
  assert.equal(c.calls.length, before, "q0 was kept");
  await cachedSearch("en", "q1", c.load("q1"));
  assert.equal(c.calls.length, before + 1, "q1 was dropped");
  // Thousands of distinct (random, hostile, huge) queries never grow it past the bound.
  for (let i = 0; i < 3 * SEARCH_CACHE_ENTRIES; i++) await cachedSearch("en", `${"\u202e<script>".repeat(20)}${i}`, async () => i);
  assert.equal(searchCacheStats().entries, SEARCH_CACHE_ENTRIES);
});
