// Starts this server instance's cache listener (lib/cache-broadcast.ts) once, when the instance
// has a database and a port of its own to apply announcements through (`next start` and dev).
import "server-only";
import { env } from "@/lib/env";
import { startInvalidationListener, type Listener } from "@/lib/cache-broadcast";
import { invalidateThroughServer } from "@/lib/invalidation-hook";

const state = globalThis as unknown as { datelineCacheListener?: Listener };

export function startCacheListener(): void {
  const url = env().DATABASE_URL;
  if (state.datelineCacheListener || !url || !process.env.PORT || !env().NEXTAUTH_SECRET) return;
  state.datelineCacheListener = startInvalidationListener({ url, apply: invalidateThroughServer });
}
