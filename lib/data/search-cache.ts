// Recent search results, kept in this process's memory: when news breaks, readers type the same
// few words, and each of those searches would otherwise cost the database its full work again.
//
// A store of its own, not Next's data cache (lib/cache.ts): the keys are whatever clients type,
// so random queries must not be able to push the home page's or articles' entries out of that
// cache's LRU. This one is small and bounded (SEARCH_CACHE_ENTRIES, least recently used out first).
//
// Fresh: any change to what an edition lists expires that edition's searches. Every write that
// touches a live story expires its edition's home tag (lib/cache-tags.ts, articleChangeTags), so
// the same tags that expire the pages expire the searches, in this instance and, through
// /api/revalidate, in every other one (lib/cache.ts, expireTagsHere). A search that was already
// running when its edition changed is not stored. SEARCH_CACHE_SECONDS is a safety net only.
//
// Process-wide state lives on globalThis: Next bundles a module into more than one server bundle,
// and the page that reads and the action or route that expires must share one store.
import { BoundedLru } from "@/lib/bounded-lru";
import { TAG, inEdition } from "@/lib/cache-tags";
import { EDITIONS, type Edition } from "@/lib/i18n/editions";

export const SEARCH_CACHE_ENTRIES = 500;
export const SEARCH_CACHE_SECONDS = 300;

type Store = {
  entries: BoundedLru<string, { value: unknown; edition: Edition }>;
  /** Searches running now, by key: readers who ask the same while one runs wait for it. */
  pending: Map<string, { promise: Promise<unknown>; generation: number }>;
  generation: Map<Edition, number>;
  hits: number;
  misses: number;
  joined: number;
};

const processState = globalThis as unknown as { datelineSearchCache?: Store };

function store(): Store {
  return (processState.datelineSearchCache ??= {
    entries: new BoundedLru(SEARCH_CACHE_ENTRIES, SEARCH_CACHE_SECONDS * 1000),
    pending: new Map(),
    generation: new Map(),
    hits: 0,
    misses: 0,
    joined: 0,
  });
}

function generation(edition: Edition): number {
  return store().generation.get(edition) ?? 0;
}

/**
 * `load()`'s result for `key`, from the store when a copy younger than SEARCH_CACHE_SECONDS is
 * there and its edition has not changed since. When news breaks many readers send the same words
 * at once: while one search for a key runs, the others wait for its result rather than each
 * asking the database (unless the edition changed since it started). `now` is for tests.
 */
export async function cachedSearch<T>(edition: Edition, key: string, load: () => Promise<T>, now: () => number = Date.now): Promise<T> {
  const s = store();
  const id = `${edition}\u0000${key}`;
  const entry = s.entries.get(id, now());
  if (entry) {
    s.hits++;
    return entry.value as T;
  }
  const before = generation(edition);
  const running = s.pending.get(id);
  if (running && running.generation === before) {
    s.joined++;
    return running.promise as Promise<T>;
  }
  s.misses++;
  const promise = load();
  s.pending.set(id, { promise, generation: before });
  try {
    const value = await promise;
    // Kept only if the edition did not change while this search ran: else it may be stale.
    if (generation(edition) === before) s.entries.set(id, { value, edition }, now());
    return value;
  } finally {
    if (s.pending.get(id)?.promise === promise) s.pending.delete(id);
  }
}

/** Expires the searches of every edition whose listings these tags touch (called wherever tags are expired). */
export function expireSearches(tags: Iterable<string>): void {
  const list = new Set(tags);
  const everything = list.has(TAG.site) || list.has(TAG.sections);
  const editions = EDITIONS.filter((e) => everything || list.has(inEdition(e, TAG.home)));
  if (!editions.length) return;
  const s = store();
  for (const e of editions) s.generation.set(e, generation(e) + 1);
  s.entries.deleteWhere((_id, entry) => editions.includes(entry.edition));
}

/** What the store holds now (tests, diagnostics). */
export function searchCacheStats(): { entries: number; hits: number; misses: number; joined: number } {
  const s = store();
  return { entries: s.entries.size, hits: s.hits, misses: s.misses, joined: s.joined };
}

/** Empties the store (tests). */
export function clearSearchCache(): void {
  const s = store();
  s.entries.clear();
  for (const e of EDITIONS) s.generation.set(e, generation(e) + 1);
}
