// Which cache announcements (lib/cache-broadcast.ts) this process has applied, so that the
// instance that made a change can tell whether a page it has nginx fetch anew was rendered by an
// instance that already knew of the change.
//
// The race it closes: after a write, the writer announces the expired tags, waits a moment and
// asks nginx to fetch the changed pages (lib/cache-refresh.ts). nginx hands each fetch to any
// instance, or under WEB_WORKERS to any worker, and one that has not yet applied the announcement
// (busy, or still finding its own worker: lib/invalidation-hook.ts) renders the old page, which
// nginx then keeps until its copy expires (up to two seconds). Now the refresh names the
// announcement (`X-Dateline-Expect`, passed on by nginx only with the refresh token), proxy.ts
// answers whether this process has applied it (`X-Dateline-Applied: yes|no`), and the refresh
// asks again until an instance that has applied it answers.
//
// Process-wide state on globalThis: the listener (instrumentation's bundle) marks, proxy.ts reads.

export const EXPECT_HEADER = "x-dateline-expect";
export const APPLIED_HEADER = "x-dateline-applied";
/** The newest announcements remembered; a refresh asks about one within a few seconds of it. */
export const REMEMBERED = 1000;
/** An announcement's id: a UUID, as announceInvalidation makes them (anything else is never applied). */
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const processState = globalThis as unknown as { datelineAppliedAnnouncements?: Set<string> };

function store(): Set<string> {
  return (processState.datelineAppliedAnnouncements ??= new Set());
}

export function isAnnouncementId(value: unknown): value is string {
  return typeof value === "string" && ID.test(value);
}

/** Records that this process has expired what these announcements named. */
export function markApplied(ids: Iterable<string>): void {
  const applied = store();
  for (const id of ids) {
    if (!isAnnouncementId(id)) continue;
    applied.delete(id);
    applied.add(id);
  }
  // A Set iterates in insertion order: the oldest go first.
  for (const id of applied) {
    if (applied.size <= REMEMBERED) break;
    applied.delete(id);
  }
}

/** Whether this process has applied the announcement `id` (false for anything that is not an id). */
export function appliedHere(id: string | null): boolean {
  return id !== null && isAnnouncementId(id) && store().has(id);
}
