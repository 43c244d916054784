// Tagged caching of reader data (Next's unstable_cache) and tag invalidation, usable from
// anywhere: outside a Next server (unit tests, CLI scripts) reads go straight to the database
// and invalidation is a no-op, because there is no cache to read or clear.
//
// Why unstable_cache rather than 'use cache': 'use cache' needs `cacheComponents: true`, which
// turns every page into a partially prerendered one and makes each uncached read (session,
// cookies, searchParams) need a Suspense boundary; the reader pages are not written that way yet.
// unstable_cache caches the data layer's results with tags and lifetimes today, on pages that
// stay dynamic (per-user header, bookmark and follow state are unchanged).
import "server-only";
import { revalidateTag, unstable_cache } from "next/cache";
import { after } from "next/server";
import { announceInvalidation } from "@/lib/cache-broadcast";
import { refreshProxyCache } from "@/lib/cache-refresh";
import { expireSearches } from "@/lib/data/search-cache";
import { forgetArticleRoutes } from "@/lib/data/article-routes";

/** Seconds a cached entry may live without an invalidation (a safety net; tags do the work). */
export const LONG_LIFETIME = 3600;
/** Time-dependent blocks (most read, breaking banner, the 48-hour news sitemap). */
export const SHORT_LIFETIME = 60;

const DATE = "__dateline_date";

// unstable_cache stores results as JSON; Dates are wrapped on the way in and revived on the way out.
function encode(value: unknown): unknown {
  if (value instanceof Date) return { [DATE]: value.toISOString() };
  if (Array.isArray(value)) return value.map(encode);
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encode(v)]));
  return value;
}

function decode(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === "object") {
    const date = (value as Record<string, unknown>)[DATE];
    if (typeof date === "string" && Object.keys(value).length === 1) return new Date(date);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

function outsideNext(error: unknown): boolean {
  return error instanceof Error && /incrementalCache missing|static generation store missing/.test(error.message);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any function; its own types flow through F
type AnyLoader = (...args: any[]) => Promise<unknown>;
type Options<F extends AnyLoader> = { tags: (...args: Parameters<F>) => string[]; revalidate?: number };

/**
 * `fn` cached under `key` (unique per function) plus its arguments, tagged per call. Arguments
 * must be JSON-serialisable; results may hold Dates.
 */
export function cached<F extends AnyLoader>(key: string, fn: F, options: Options<F>): F {
  const inner = async (...args: Parameters<F>) => encode(await fn(...args));
  const wrapped = async (...args: Parameters<F>) => {
    const entry = unstable_cache(inner, [key], { tags: options.tags(...args), revalidate: options.revalidate ?? LONG_LIFETIME });
    try {
      return decode(await entry(...args));
    } catch (error) {
      if (outsideNext(error)) return fn(...args);
      throw error;
    }
  };
  return wrapped as F;
}

/**
 * Expires these tags at once (the next read is a miss, not a stale copy) in this instance only,
 * from a server action or a route handler. The same as updateTag, which Next allows only in
 * server actions. For /api/revalidate, which applies what other instances announced.
 */
export function expireTagsHere(tags: Iterable<string>): void {
  const list = new Set(tags);
  // Searches and article routes are kept apart from Next's data cache, expired by the same tags.
  expireSearches(list);
  forgetArticleRoutes(list);
  for (const tag of list) {
    try {
      revalidateTag(tag, { expire: 0 });
    } catch (error) {
      if (outsideNext(error)) return;
      throw error;
    }
  }
}

/**
 * Expires these tags here at once, and announces them to every other instance of the site
 * (lib/cache-broadcast.ts), which expire them within milliseconds; then has the nginx cache in
 * front fetch the changed pages anew (lib/cache-refresh.ts, when configured). For newsroom and
 * account writes. Outside a Next server (unit tests, CLI scripts) there is no cache to tell.
 */
export function invalidateTags(tags: Iterable<string>): void {
  const list = [...new Set(tags)];
  if (!list.length) return;
  expireTagsHere(list);
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // After the response: Next applies a server action's expirations as the action finishes, and a
  // refresh that rendered before that would store the old page in the proxy.
  try {
    after(() => propagateInvalidation(list));
  } catch {
    void propagateInvalidation(list);
  }
}

/**
 * What follows an expiry in the instance that made the change: the other instances are told
 * (lib/cache-broadcast.ts), then the proxy fetches the changed pages anew (lib/cache-refresh.ts)
 * from instances that have applied the change.
 * Newsroom writes reach it through invalidateTags, the scheduler directly. Never throws.
 */
export async function propagateInvalidation(tags: string[]): Promise<void> {
  const change = await announceInvalidation(tags).catch((error: unknown) => {
    console.error("cache: could not announce an invalidation to other instances:", error instanceof Error ? error.message : error);
    return undefined;
  });
  // With the change's id, the refresh waits for instances that have applied it (lib/cache-applied.ts).
  await refreshProxyCache(tags, change);
}
