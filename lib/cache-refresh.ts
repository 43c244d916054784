// Refreshing the nginx micro-cache after a write (docs/DEPLOY.md). nginx keeps each anonymous
// reader page for a second plus a second of stale-while-revalidate, so on its own a publish shows
// through it within about two seconds. With CACHE_REFRESH_URL and CACHE_REFRESH_TOKEN set, the
// instance that made a change asks nginx for the pages the change touched, with the token in an
// `X-Dateline-Refresh` header: nginx's config (`$dateline_refresh`) then skips its copy, fetches
// the page anew and stores it, so the next reader gets the new page from the cache at once.
//
// The refresh names the change (`X-Dateline-Expect`, lib/cache-applied.ts), and a page rendered by
// an instance that had not yet applied it (`X-Dateline-Applied: no`) is fetched again, for up to
// APPLIED_WAIT_MS: otherwise nginx would keep that old page until its copy expired.
//
// Only the front pages of lists are refreshed (home, section, tag and author pages, their feeds,
// the article itself): later pages and sitemaps follow within the usual two seconds.
import "server-only";
import http from "node:http";
import https from "node:https";
import { env } from "@/lib/env";
import { db } from "@/lib/db";
import { articlePath } from "@/lib/urls";
import { EDITIONS, inEditionPath, type Edition } from "@/lib/i18n/editions";
import { APPLIED_HEADER, EXPECT_HEADER } from "@/lib/cache-applied";

export const REFRESH_HEADER = "x-dateline-refresh";
/** More paths than this from one change are not refreshed one by one: they expire by themselves. */
const MAX_PATHS = 60;
/**
 * Lets the other instances apply the same change (lib/cache-broadcast.ts) before nginx asks one of
 * them, which usually takes a few milliseconds; one that is slower is asked again (below).
 */
const SETTLE_MS = 50;
/**
 * How long pages are fetched again while the instances that render them have not applied the
 * change: one deadline for the whole refresh, and each page's repeats twice as far apart each time,
 * so an instance that never applies it (its listener cut off) costs a few renders, not hundreds.
 */
export const APPLIED_WAIT_MS = 3000;
const FIRST_RETRY_MS = 25;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The public pages that show what these cache tags name, and the article ids whose pages to look up. */
export function refreshTargets(tags: Iterable<string>): { paths: string[]; articleIds: number[] } {
  const paths = new Set<string>();
  const articleIds = new Set<number>();
  for (const raw of tags) {
    const article = /^article:(\d{1,9})$/.exec(raw);
    if (article) {
      articleIds.add(Number(article[1]));
      continue;
    }
    const [edition, tag] = ((): [Edition, string] => {
      for (const e of EDITIONS) if (e !== "en" && raw.startsWith(`${e}:`)) return [e, raw.slice(e.length + 1)];
      return ["en", raw];
    })();
    const at = (path: string) => paths.add(inEditionPath(edition, path));
    if (tag === "home") at("/");
    else if (tag === "feeds") {
      at("/feed.xml");
      at("/atom.xml");
    } else {
      const scoped = /^(section|tag|author):(.+)$/.exec(tag);
      if (!scoped || !SLUG.test(scoped[2]!)) continue;
      const base = scoped[1] === "section" ? `/${scoped[2]}` : `/${scoped[1]}s/${scoped[2]}`;
      at(base);
      at(`${base}/feed.xml`);
      at(`${base}/atom.xml`);
    }
  }
  return { paths: [...paths], articleIds: [...articleIds] };
}

/** Fetches `path` through nginx; resolves with the page's X-Dateline-Applied answer, if any. */
function get(target: URL, path: string, headers: Record<string, string>): Promise<string | undefined> {
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(new URL(path, target), { method: "GET", headers, timeout: 10_000 }, (response) => {
      response.resume();
      const applied = response.headers[APPLIED_HEADER];
      response.on("end", () => resolve(Array.isArray(applied) ? applied[0] : applied));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", reject);
    request.end();
  });
}

export type RefreshOptions = { target: URL; host: string; token: string; paths: string[]; change?: string; waitMs?: number };

/**
 * Has nginx at `target` fetch each path anew, gzipped and plain (the two copies it keeps), a few at
 * a time. With `change` (an announcement's id), a page an instance rendered before applying that
 * change is fetched again until one that has applied it answers, or `waitMs` passes. Returns the
 * fetches made and how many were repeats.
 */
export async function refreshPaths({ target, host, token, paths, change, waitMs = APPLIED_WAIT_MS }: RefreshOptions): Promise<{ fetches: number; repeats: number }> {
  let fetches = 0;
  let repeats = 0;
  const deadline = Date.now() + waitMs;
  const queue = paths.flatMap((p) => [{ p, gzip: true }, { p, gzip: false }]);
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      // Host is the public one: nginx keys its cache on it.
      const headers: Record<string, string> = { host, [REFRESH_HEADER]: token, ...(job.gzip ? { "accept-encoding": "gzip" } : {}), ...(change ? { [EXPECT_HEADER]: change } : {}) };
      for (let pause = FIRST_RETRY_MS; ; pause *= 2) {
        const applied = await get(target, job.p, headers);
        fetches++;
        if (applied !== "no" || Date.now() + pause > deadline) break;
        repeats++;
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  };
  // Two at a time: each is a render on a small machine.
  await Promise.all([worker(), worker()]);
  return { fetches, repeats };
}

let lastComplaint = 0;

/**
 * Asks nginx to fetch these pages anew, from instances that have applied `change` when given.
 * Never throws: a failed refresh leaves the usual two seconds.
 */
export async function refreshProxyCache(tags: Iterable<string>, change?: string): Promise<number> {
  const { CACHE_REFRESH_URL: url, CACHE_REFRESH_TOKEN: token, SITE_URL } = env();
  if (!url || !token) return 0;
  try {
    const { paths, articleIds } = refreshTargets(tags);
    if (articleIds.length) {
      const rows = await db().article.findMany({ where: { id: { in: articleIds.slice(0, MAX_PATHS) } }, select: { id: true, slug: true, language: true } });
      for (const row of rows) paths.push(articlePath(row));
    }
    if (!paths.length || paths.length > MAX_PATHS) return 0;
    await new Promise((r) => setTimeout(r, SETTLE_MS));
    const { fetches } = await refreshPaths({ target: new URL(url), host: new URL(SITE_URL).host, token, paths, change });
    return fetches;
  } catch (error) {
    if (Date.now() - lastComplaint > 60_000) {
      lastComplaint = Date.now();
      console.error(`cache: could not refresh the proxy cache at ${url}:`, error instanceof Error ? error.message : error);
    }
    return 0;
  }
}
