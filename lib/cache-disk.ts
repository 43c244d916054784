// The data cache's copy on disk (.next/cache/fetch-cache, written because next.config.js keeps
// `isrFlushToDisk` on for the image optimiser's cache). Tag invalidations live in each process's
// memory, so entries a previous process wrote may be stale in ways this one cannot know: a server
// empties the folder as it starts. Another instance sharing the folder loses nothing but warm
// entries; it reads what it needs again.
import "server-only";
import fs from "node:fs";
import path from "node:path";

export function dataCacheDir(root = process.cwd()): string {
  return path.join(root, ".next", "cache", "fetch-cache");
}

export function emptyDataCacheOnDisk(root = process.cwd()): void {
  try {
    fs.rmSync(dataCacheDir(root), { recursive: true, force: true });
  } catch (error) {
    console.error("cache: could not empty the data cache's disk copy:", error instanceof Error ? error.message : error);
  }
}
