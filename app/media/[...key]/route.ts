// Serves stored media at /media/<key>. Keys are unique per upload and never rewritten, so a
// response may be cached for a year; unknown or malformed keys (.., encoded slashes, absolute
// paths) are a plain 404 without touching the file system.
import crypto from "node:crypto";
import { isMediaKey, mediaContentType, mediaStorage } from "@/lib/media/storage";

const PREFIX = "/media/";

function notFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

async function serve(request: Request, withBody: boolean): Promise<Response> {
  // The raw path, not the decoded params: "%2F" or "%2E%2E" never becomes a separator or "..".
  const raw = new URL(request.url).pathname;
  const key = raw.startsWith(PREFIX) ? raw.slice(PREFIX.length) : "";
  if (!isMediaKey(key)) return notFound();
  const store = mediaStorage();
  const stat = await store.stat(key);
  if (!stat) return notFound();
  // The same in every instance that shares the store: it depends only on the key and its size.
  const etag = `"${crypto.createHash("sha256").update(`${key}:${stat.size}`).digest("base64url").slice(0, 27)}"`;
  const headers = new Headers({
    "Content-Type": mediaContentType(key),
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "Last-Modified": stat.modified.toUTCString(),
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
  });
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && ifNoneMatch.split(",").some((t) => t.trim().replace(/^W\//, "") === etag || t.trim() === "*")) {
    return new Response(null, { status: 304, headers });
  }
  headers.set("Content-Length", String(stat.size));
  if (!withBody) return new Response(null, { status: 200, headers });
  const data = await store.get(key);
  if (!data) return notFound();
  return new Response(new Uint8Array(data), { status: 200, headers });
}

export function GET(request: Request): Promise<Response> {
  return serve(request, true);
}

export function HEAD(request: Request): Promise<Response> {
  return serve(request, false);
}
