import { beforeEach, test } from "node:test";
import assert from "node:assert/strict";
import { cachedSearch, clearSearchCache, expireSearches, searchCacheStats, SEARCH_CACHE_ENTRIES, SEARCH_CACHE_SECONDS } from "@/lib/data/search-cache";
import { articleChangeTags, TAG } from "@/lib/cache-tags";

/** A loader that counts its calls and answers with the key and the call number. */
function counter() {
  const calls: string[] = [];
  return { calls, load: (key: string) => async () => (calls.push(key), `${key}#${calls.length}`) };
}

/** A promise that stays pending until `release()`: holds a search "running" while a test acts. */
function gated() {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  return { gate, release };
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
  assert.deepEqual(searchCacheStats(), { entries: 3, hits: start.hits + 1, misses: start.misses + 3, joined: start.joined });
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

test("a story moved from one edition to the other expires both editions' searches", async () => {
  const c = counter();
  await cachedSearch("en", "harbour", c.load("en"));
  await cachedSearch("ru", "гавань", c.load("ru"));
  const english = { id: 3, live: true, language: "en" as const, sectionSlug: "world", tagSlugs: ["ports"], authorSlugs: ["ada"] };
  expireSearches(articleChangeTags(english, { ...english, language: "ru" }));
  assert.equal(searchCacheStats().entries, 0);
  // A draft's edits touch nothing public, and expire no search.
  await cachedSearch("en", "harbour", c.load("en"));
  expireSearches(articleChangeTags({ ...english, live: false }, { ...english, live: false, sectionSlug: "sport" }));
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
  const { gate, release } = gated();
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

test("readers who send the same search while it runs share its one query", async () => {
  const { gate, release } = gated();
  let calls = 0;
  const slow = async () => {
    const n = ++calls;
    await gate;
    return `result ${n}`;
  };
  const start = searchCacheStats();
  const readers = Array.from({ length: 20 }, () => cachedSearch("en", "storm", slow));
  // Another key and the other edition are not joined.
  const others = [cachedSearch("en", "storm warning", slow), cachedSearch("ru", "storm", slow)];
  release();
  assert.deepEqual(await Promise.all(readers), Array(20).fill("result 1"));
  assert.deepEqual(await Promise.all(others), ["result 2", "result 3"]);
  assert.equal(calls, 3);
  assert.equal(searchCacheStats().joined, start.joined + 19);
  // After it, the result is stored: a hit, no new query.
  assert.equal(await cachedSearch("en", "storm", slow), "result 1");
  assert.equal(calls, 3);
});

test("a reader who arrives after the edition changed does not wait for the stale search", async () => {
  const { gate, release } = gated();
  let calls = 0;
  const load = async () => {
    const n = ++calls;
    if (n === 1) await gate;
    return `result ${n}`;
  };
  const first = cachedSearch("en", "vote", load);
  expireSearches([TAG.home]);
  // Asks the database again: the running search may have read the old listing.
  assert.equal(await cachedSearch("en", "vote", load), "result 2");
  release();
  assert.equal(await first, "result 1");
  assert.equal(await cachedSearch("en", "vote", load), "result 2");
});

test("when a shared search fails, every reader waiting for it gets the error, and the next one asks again", async () => {
  const { gate, release } = gated();
  let calls = 0;
  const failing = async () => {
    calls++;
    await gate;
    throw new Error("database down");
  };
  const readers = [cachedSearch("en", "q", failing), cachedSearch("en", "q", failing)];
  release();
  for (const r of readers) await assert.rejects(r, /database down/);
  assert.equal(calls, 1);
  assert.equal(await cachedSearch("en", "q", async () => "fine"), "fine");
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
