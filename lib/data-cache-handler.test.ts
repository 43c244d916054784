// The data cache's handler (lib/data-cache-handler.mjs): Next's own cache with the disk switched
// off. Entries are kept and found in memory, a miss never touches the file system, a write never
// does either, and tag expiry is still recorded for Next to apply.
import { test } from "node:test";
import assert from "node:assert/strict";
import MemoryDataCacheClass from "@/lib/data-cache-handler.mjs";

// The methods Next calls (its CacheHandler interface), typed here for the test.
type Handler = {
  get(key: string, ctx: object): Promise<{ value: unknown; lastModified: number } | null>;
  set(key: string, data: object, ctx: object): Promise<void>;
  revalidateTag(tags: string[], durations?: { expire?: number }): Promise<void>;
};
const MemoryDataCache = MemoryDataCacheClass as unknown as new (ctx: object) => Handler;

/** A file system that records every call and has nothing in it. */
function watchedFs() {
  const calls: string[] = [];
  const fs = new Proxy({}, { get: (_, name) => (...args: unknown[]) => { calls.push(`${String(name)} ${String(args[0])}`); throw Object.assign(new Error("ENOENT"), { code: "ENOENT" }); } });
  return { fs, calls };
}

const fetchCtx = { kind: "FETCH", revalidate: 3600, fetchUrl: "", fetchIdx: 0, tags: ["article:1"], softTags: [] };
const entry = { kind: "FETCH", data: { headers: {}, body: "e30=", status: 200, url: "" }, revalidate: 3600, tags: ["article:1"] };

test("entries live in memory; a miss and a write never touch the disk, even with isrFlushToDisk on", async () => {
  const { fs, calls } = watchedFs();
  const cache = new MemoryDataCache({ fs, flushToDisk: true, serverDistDir: "/nonexistent/.next/server", maxMemoryCacheSize: 10 * 1024 * 1024, revalidatedTags: [] });
  assert.equal(await cache.get("never-stored", fetchCtx), null);
  await cache.set("stored", entry, { fetchCache: true, ...fetchCtx });
  const found = await cache.get("stored", fetchCtx);
  assert.deepEqual(found?.value, entry);
  assert.ok(typeof found?.lastModified === "number");
  assert.deepEqual(calls, [], "the file system was used");
});

test("tag expiry goes to Next's tags manifest, as with the stock handler", async () => {
  const { fs } = watchedFs();
  const cache = new MemoryDataCache({ fs, flushToDisk: true, serverDistDir: "/nonexistent/.next/server", maxMemoryCacheSize: 10 * 1024 * 1024, revalidatedTags: [] });
  const { tagsManifest } = await import("next/dist/server/lib/incremental-cache/tags-manifest.external.js");
  const before = Date.now();
  await cache.revalidateTag(["section:world"], { expire: 0 });
  const recorded = tagsManifest.get("section:world");
  assert.ok(recorded && (recorded.stale ?? 0) >= before && (recorded.expired ?? 0) >= before, JSON.stringify(recorded));
});
