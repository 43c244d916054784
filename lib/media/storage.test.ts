// The folder store and the /media route: keys that try to leave the folder are refused, objects
// are immutable, and a second store (another instance, or after a restart) on the same folder
// sees what the first wrote. The route answers with the type, cache headers, ETag and 304.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { FileSystemStorage, isMediaKey, mediaContentType } from "./storage";
import { sniffImageFormat } from "./sniff";
import { makeImage, SCRIPT_AS_JPG, SVG_WITH_SCRIPT } from "@/lib/testing/images";

let dir: string;
let route: typeof import("@/app/media/[...key]/route");
const KEY = "2026/11/0123456789abcdef01234567.jpg";

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-media-"));
  process.env.MEDIA_DIR = dir;
  route = await import("@/app/media/[...key]/route");
});
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test("keys: only the pipeline's own shape; traversal, encoding and absolute paths are not keys", () => {
  assert.equal(isMediaKey(KEY), true);
  assert.equal(isMediaKey("2026/11/0123456789abcdef01234567-w640.webp"), true);
  for (const bad of ["../etc/passwd", "2026/11/../../etc/passwd.jpg", "/etc/passwd", "2026/11/%2e%2e%2fsecret.jpg", "2026%2F11%2F0123456789abcdef01234567.jpg", "2026/11/0123456789abcdef01234567.svg", "2026/11/0123456789abcdef01234567.jpg/", "public/demo/world-1.jpg", "", "2026\\11\\0123456789abcdef01234567.jpg"]) {
    assert.equal(isMediaKey(bad), false, bad);
  }
  assert.equal(mediaContentType("2026/11/abc.avif"), "image/avif");
});

test("two stores on one folder: what one writes the other reads, stats and deletes; objects never change", async () => {
  const a = new FileSystemStorage(dir);
  const b = new FileSystemStorage(dir);
  await a.put(KEY, Buffer.from("first"));
  assert.equal((await b.get(KEY))?.toString(), "first");
  assert.equal((await b.stat(KEY))?.size, 5);
  await assert.rejects(b.put(KEY, Buffer.from("second")), /EEXIST/);
  assert.equal((await a.get(KEY))?.toString(), "first");
  assert.deepEqual(fs.readdirSync(path.join(dir, "2026/11")), ["0123456789abcdef01234567.jpg"], "no temporary files left");
  await b.delete(KEY);
  assert.equal(await a.get(KEY), null);
  assert.equal(await a.stat(KEY), null);
  await a.delete(KEY); // deleting again is fine
  await assert.rejects(a.get("../outside.jpg"), /not a media key/);
  await assert.rejects(a.put("/tmp/x.jpg", Buffer.from("x")), /not a media key/);
});

test("content sniffing: the five formats yes; scripts, SVG and empty files no", async () => {
  for (const f of ["jpeg", "png", "webp", "avif", "gif"] as const) assert.equal(sniffImageFormat(await makeImage(f, 40, 30)), f);
  assert.equal(sniffImageFormat(SCRIPT_AS_JPG), null);
  assert.equal(sniffImageFormat(SVG_WITH_SCRIPT), null);
  assert.equal(sniffImageFormat(Buffer.alloc(0)), null);
});

function get(p: string, headers: Record<string, string> = {}) {
  return route.GET(new Request(`http://localhost${p}`, { headers }));
}

test("GET /media/<key>: type, immutable caching, ETag and 304, nosniff; a restarted store serves it", async () => {
  const jpeg = await makeImage("jpeg", 64, 48);
  await new FileSystemStorage(dir).put(KEY, jpeg);
  const res = await get(`/media/${KEY}`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "image/jpeg");
  assert.equal(res.headers.get("cache-control"), "public, max-age=31536000, immutable");
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  assert.equal(res.headers.get("content-length"), String(jpeg.length));
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), jpeg);
  const etag = res.headers.get("etag")!;
  assert.match(etag, /^"[A-Za-z0-9_-]+"$/);
  const again = await get(`/media/${KEY}`, { "if-none-match": etag });
  assert.equal(again.status, 304);
  assert.equal((await again.arrayBuffer()).byteLength, 0);
  assert.equal((await get(`/media/${KEY}`, { "if-none-match": '"other"' })).status, 200);
  const head = await route.HEAD(new Request(`http://localhost/media/${KEY}`, { method: "HEAD" }));
  assert.equal(head.status, 200);
  assert.equal(head.headers.get("etag"), etag);
});

test("GET /media: unknown keys, traversal and encoded separators are 404 without reading outside", async () => {
  fs.writeFileSync(path.join(path.dirname(dir), "dateline-secret.jpg"), "secret");
  try {
    for (const p of [
      "/media/2026/11/ffffffffffffffffffffffff.jpg",
      "/media/../dateline-secret.jpg",
      "/media/2026/11/..%2F..%2F..%2Fdateline-secret.jpg",
      "/media/%2E%2E/dateline-secret.jpg",
      "/media/2026%2F11%2F0123456789abcdef01234567.jpg",
      "/media//etc/passwd",
      "/media/%2Fetc%2Fpasswd",
      "/media/2026/11/0123456789abcdef01234567.jpg%00.txt",
      "/media/",
    ]) {
      const res = await get(p);
      assert.equal(res.status, 404, p);
      assert.equal(res.headers.get("x-content-type-options"), "nosniff");
      assert.doesNotMatch(await res.text(), /secret/);
    }
  } finally {
    fs.rmSync(path.join(path.dirname(dir), "dateline-secret.jpg"), { force: true });
  }
});
