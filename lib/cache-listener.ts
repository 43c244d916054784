// Starts this server instance's cache listener (lib/cache-broadcast.ts) once, when the instance
// has a database and a port of its own to apply announcements through (`next start` and dev),
// and holds start-up until it listens.
import "server-only";
import { env } from "@/lib/env";
import { startInvalidationListener, type Listener } from "@/lib/cache-broadcast";
import { invalidateThroughServer } from "@/lib/invalidation-hook";

const state = globalThis as unknown as { datelineCacheListener?: Listener };

/**
 * How long start-up waits for the first LISTEN. Next serves no request until instrumentation's
 * register() returns, so waiting means no page is cached before this instance hears of changes;
 * a database that does not answer in time does not hold the server up (its first connection then
 * expires everything, lib/cache-broadcast.ts).
 */
export const LISTEN_WAIT_MS = 5000;

export async function startCacheListener(): Promise<void> {
  const url = env().DATABASE_URL;
  if (state.datelineCacheListener || !url || !process.env.PORT || !env().NEXTAUTH_SECRET) return;
  const listener = startInvalidationListener({ url, apply: invalidateThroughServer });
  state.datelineCacheListener = listener;
  if (!(await listener.listening(LISTEN_WAIT_MS))) console.error(`cache listener: not listening after ${LISTEN_WAIT_MS / 1000} s; serving anyway, and expiring every cached page once it is`);
}
