// Next's data cache (unstable_cache, lib/cache.ts) kept in this process's memory only.
//
// `experimental.isrFlushToDisk` must stay on in next.config.js: it is also the switch of the image
// optimiser's disk cache. With the stock handler it also wrote every data-cache entry to
// .next/cache/fetch-cache and, on every entry memory lacked, tried to read one back first: a
// mkdir, an open and a write per entry, and a failed open per miss (about 7 % of the CPU of an
// article rendered on a cache miss). Entries on disk were also a hazard, because tag
// invalidations live in memory: a restarted server could read a copy expired by its previous
// life. So this handler is the stock one with the disk switched off for the data cache, and a
// miss in memory is a miss. Pages are dynamic and never stored here; images are not passed to a
// custom handler unless `images.customCacheHandler` is set, so they keep their own disk cache.
//
// It extends Next's own FileSystemCache (an internal module, pinned with Next in package-lock.json)
// so tag expiry, stale times and the memory LRU (`cacheMaxMemorySize`) behave exactly as before.
import fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";

const FileSystemCache = fileSystemCache.default ?? fileSystemCache;

export default class MemoryDataCache extends FileSystemCache {
  constructor(ctx) {
    super({ ...ctx, flushToDisk: false });
  }

  async get(key, ctx) {
    // FileSystemCache.memoryCache is the process-wide LRU the base class creates.
    if (ctx?.kind === "FETCH" && !FileSystemCache.memoryCache?.has(key)) return null;
    return super.get(key, ctx);
  }
}
