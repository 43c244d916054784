// Serves a feed with caching headers: ETag and Last-Modified, and 304 when the reader has it.
import "server-only";
import crypto from "node:crypto";
import { getFeed, type FeedScope } from "@/lib/data/feeds";
import { renderAtom, renderRss } from "@/lib/feed-xml";
import { siteConfig } from "@/lib/site";
import { isSlug } from "@/lib/urls";
import type { Edition } from "@/lib/i18n/editions";

export async function feedResponse(request: Request, scope: FeedScope, format: "rss" | "atom", edition: Edition = "en"): Promise<Response> {
  if (scope.kind !== "site" && !isSlug(scope.slug)) return new Response("Not found", { status: 404 });
  const { name, url, feedFullText } = siteConfig();
  const feed = await getFeed(scope, { fullText: feedFullText, edition });
  if (!feed) return new Response("Not found", { status: 404 });
  const selfPath = new URL(request.url).pathname;
  const body = format === "rss" ? renderRss(feed, { name, url }, selfPath) : renderAtom(feed, { name, url }, selfPath);
  const etag = `"${crypto.createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const lastModified = new Date(Math.floor(feed.updatedAt.getTime() / 1000) * 1000);
  const headers = {
    "Content-Type": format === "rss" ? "application/rss+xml; charset=utf-8" : "application/atom+xml; charset=utf-8",
    "Cache-Control": "public, max-age=300, s-maxage=1, stale-while-revalidate=1",
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = Date.parse(request.headers.get("if-modified-since") ?? "");
  const fresh = ifNoneMatch ? ifNoneMatch.split(",").map((t) => t.trim()).includes(etag) : Number.isFinite(ifModifiedSince) && lastModified.getTime() <= ifModifiedSince;
  if (fresh) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}
