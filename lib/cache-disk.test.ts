// The data cache's disk copy is emptied at server start (instrumentation.ts), so no entry outlives
// the in-memory tag invalidations of the process that wrote it.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { dataCacheDir, emptyDataCacheOnDisk } from "@/lib/cache-disk";

test("the fetch-cache folder is emptied; the image cache beside it is kept; a missing folder is fine", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-cache-disk-"));
  try {
    const dir = dataCacheDir(root);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "0123abcd"), JSON.stringify({ kind: "FETCH", data: "stale" }));
    const images = path.join(root, ".next", "cache", "images");
    fs.mkdirSync(images, { recursive: true });
    fs.writeFileSync(path.join(images, "photo.webp"), "x");
    emptyDataCacheOnDisk(root);
    assert.equal(fs.existsSync(dir), false);
    assert.equal(fs.existsSync(path.join(images, "photo.webp")), true);
    emptyDataCacheOnDisk(root);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
