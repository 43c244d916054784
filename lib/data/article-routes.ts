// Where an /news/{ref} request should land: the live article's canonical path, found by id (any
// slug, or none) or, for a bare slug, by its current slug or a former one (SlugHistory).
// proxy.ts calls this to answer 301; it reads two columns by primary key or an index.
//
// In the server, a live article's path found by id is kept in memory (ROUTE_CACHE_ENTRIES, keyed
// by id, so only real live articles take room, whatever ids clients send): every article request
// passes here, and the read cost about 1.5 ms of a cached page's CPU. Any write that changes what
// the public sees of a live article expires its `article:{id}` tag, which forgets its path here
// too (lib/cache.ts, expireTagsHere; on other instances through /api/revalidate). A miss is never
// kept: an unknown id asks the database every time, as a draft's does until it is published.
import "server-only";
import { db } from "@/lib/db";
import { BoundedLru } from "@/lib/bounded-lru";
import { TAG } from "@/lib/cache-tags";
import { liveArticleWhere } from "@/lib/data/live";
import { articlePath, isSlug, parseArticleRef } from "@/lib/urls";

export const ROUTE_CACHE_ENTRIES = 5000;
/** A safety net only: tags do the work. */
export const ROUTE_CACHE_SECONDS = 3600;

const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

// On globalThis: proxy.ts reads through its own bundle, and the actions and routes that expire
// tags through the app's; both must see one store.
type RouteState = { paths: BoundedLru<number, string>; generation: number };
const processState = globalThis as unknown as { datelineArticleRoutes?: RouteState };
function routes(): RouteState {
  return (processState.datelineArticleRoutes ??= { paths: new BoundedLru(ROUTE_CACHE_ENTRIES, ROUTE_CACHE_SECONDS * 1000), generation: 0 });
}

/** Whether paths are kept: in the server only (scripts and tests change rows without expiring tags). */
function keeping(): boolean {
  return process.env.NEXT_RUNTIME === "nodejs";
}

/** The canonical path for a decoded `{id}-{slug}`, `{id}` or `{slug}` ref; null for no live article. */
export async function resolveArticleRef(ref: string): Promise<string | null> {
  const parsed = parseArticleRef(ref);
  if (parsed) {
    const state = routes();
    const known = keeping() ? state.paths.get(parsed.id) : undefined;
    if (known) return known;
    const before = state.generation;
    const row = await db().article.findFirst({ where: { id: parsed.id, ...liveArticleWhere() }, select: { id: true, slug: true, language: true } });
    const path = row ? articlePath(row) : null;
    // Not kept if an article changed while this read ran: the row may be the old one.
    if (path && keeping() && state.generation === before) state.paths.set(parsed.id, path);
    return path;
  }
  if (!isSlug(ref)) return null;
  // A bare slug is a link from before ids were in URLs, or a hand-typed one: current slug first.
  const current = await db().article.findFirst({ where: { slug: ref, ...liveArticleWhere() }, orderBy: newestFirst, select: { id: true, slug: true, language: true } });
  if (current) return articlePath(current);
  const former = await db().article.findFirst({
    where: { slugHistory: { some: { slug: ref } }, ...liveArticleWhere() },
    orderBy: newestFirst,
    select: { id: true, slug: true, language: true },
  });
  return former ? articlePath(former) : null;
}

/** Forgets the paths of the articles these tags name (`article:{id}`), or all of them for `site`. */
export function forgetArticleRoutes(tags: Iterable<string>): void {
  const state = routes();
  const ids = new Set<number>();
  for (const tag of tags) {
    if (tag === TAG.site) {
      state.generation++;
      state.paths.clear();
      return;
    }
    const id = /^article:(\d{1,10})$/.exec(tag)?.[1];
    if (id) ids.add(Number(id));
  }
  if (!ids.size) return;
  state.generation++;
  state.paths.deleteWhere((id) => ids.has(id));
}
