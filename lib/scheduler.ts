// The in-process scheduler: every SCHEDULER_INTERVAL_SECONDS it publishes what is due (and about
// once an hour it sweeps expired rows, see lib/data/housekeeping.ts). Each
// instance runs one; the database makes them agree (see publishDueArticles), so two instances
// never publish the same article twice and a restarted one catches up at once.
import "server-only";
import { env } from "@/lib/env";
import { publishDueArticles } from "@/lib/data/editorial";
import { tagsForArticles } from "@/lib/data/cache-facts";
import { db } from "@/lib/db";
import { invalidateThroughServer } from "@/lib/invalidation-hook";
import { propagateInvalidation } from "@/lib/cache";
import { sweepExpired } from "@/lib/data/housekeeping";

const SWEEP_EVERY_MS = 60 * 60_000;

const state = globalThis as unknown as { datelineScheduler?: NodeJS.Timeout };

export async function runSchedulerOnce(now = new Date()): Promise<number[]> {
  const ids: number[] = [];
  // Drain in batches so a backlog after downtime is cleared in one tick.
  for (;;) {
    const batch = await publishDueArticles(now, 100);
    ids.push(...batch);
    if (batch.length < 100) return ids;
  }
}

export function startScheduler(): void {
  const seconds = env().SCHEDULER_INTERVAL_SECONDS;
  if (!seconds || state.datelineScheduler || !env().DATABASE_URL) return;
  let running = false;
  let lastSweep = 0;
  const pendingTags = new Set<string>();
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const ids = await runSchedulerOnce();
      if (ids.length) {
        console.log(`scheduler: published ${ids.length} scheduled article(s): ${ids.join(", ")}`);
        // The newly live stories show on cached pages: expire exactly those (see lib/cache-tags.ts).
        for (const tag of await tagsForArticles(db(), { id: { in: ids } })) pendingTags.add(tag);
      }
      // Kept until the server accepts them (at start-up the first tick can run before it listens).
      // Then the other instances expire them too, and the proxy refreshes the pages (propagateInvalidation).
      if (pendingTags.size && (await invalidateThroughServer([...pendingTags]).catch(() => false))) {
        const tags = [...pendingTags];
        pendingTags.clear();
        void propagateInvalidation(tags);
      }
      // Housekeeping about once an hour (lib/data/housekeeping.ts).
      if (Date.now() - lastSweep >= SWEEP_EVERY_MS) {
        lastSweep = Date.now();
        const swept = await sweepExpired();
        if (swept.attempts + swept.tokens + swept.presence) console.log(`scheduler: removed ${swept.attempts} old sign-in attempt(s), ${swept.tokens} expired link(s), ${swept.presence} stale presence row(s)`);
      }
    } catch (error) {
      console.error("scheduler: run failed; will retry", error instanceof Error ? error.message : error);
    } finally {
      running = false;
    }
  };
  state.datelineScheduler = setInterval(tick, seconds * 1000);
  state.datelineScheduler.unref();
  void tick();
}
