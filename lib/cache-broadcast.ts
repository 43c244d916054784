// Cache invalidation across server instances, through PostgreSQL's LISTEN/NOTIFY: every instance
// keeps its reader-data cache in its own memory (lib/cache.ts), so a newsroom write handled by one
// instance, or a story published by one instance's scheduler, must also expire the same tags on
// the others. The writer announces the tags on a channel; every instance listens on a connection
// of its own and expires them through its own POST /api/revalidate (lib/invalidation-hook.ts),
// since Next lets revalidateTag run only inside a request.
//
// Nothing new to run: the database every instance already shares carries the messages. A listener
// that loses its connection reconnects with backoff and then expires the "site" tag (every cached
// entry), because announcements sent while it was away are not queued for it.
import "server-only";
import { randomUUID } from "node:crypto";
import pg from "pg";
import { db } from "@/lib/db";
import { TAG } from "@/lib/cache-tags";
import { isAnnouncementId, markApplied } from "@/lib/cache-applied";

export const CHANNEL = "dateline_cache_tags";
/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; stay well under it. */
export const MAX_PAYLOAD_BYTES = 7000;
const MAX_TAG_LENGTH = 200;

/**
 * This process: its own announcements come back to it and are skipped (it has expired them
 * already). Kept on globalThis, not in a module constant: Next bundles this file into more than one
 * server bundle (instrumentation's and the app's), each with its own module instances, and a
 * per-bundle id made the listener take the app's own announcements for another instance's.
 */
const processState = globalThis as unknown as { datelineInstanceId?: string };
processState.datelineInstanceId ??= randomUUID();
export const INSTANCE_ID: string = processState.datelineInstanceId;

/**
 * `id` names the change (lib/cache-applied.ts). Only its last payload carries it: NOTIFY delivers
 * a sender's payloads in order, so an instance that has applied the payload with the id has
 * applied every one before it.
 */
type Message = { from: string; id?: string; tags: string[] };

/** The tags split into announcements that each fit one NOTIFY payload. Tags too long to be real are dropped. */
export function announcementPayloads(tags: Iterable<string>, from: string = INSTANCE_ID, id?: string): string[] {
  const chunks: string[][] = [];
  let chunk: string[] = [];
  const encode = (list: string[], last: boolean) => JSON.stringify({ from, ...(id && last ? { id } : {}), tags: list } satisfies Message);
  for (const tag of new Set(tags)) {
    if (!tag || tag.length > MAX_TAG_LENGTH) continue;
    // Measured as a last payload (with the id), so that any chunk fits either way.
    if (chunk.length && Buffer.byteLength(encode([...chunk, tag], true)) > MAX_PAYLOAD_BYTES) {
      chunks.push(chunk);
      chunk = [];
    }
    chunk.push(tag);
  }
  if (chunk.length) chunks.push(chunk);
  return chunks.map((list, i) => encode(list, i === chunks.length - 1));
}

/** A received payload's tags, or null when it is not an announcement (anyone with the database can NOTIFY). */
export function parseAnnouncement(payload: string | undefined): Message | null {
  if (!payload || payload.length > 8000) return null;
  try {
    const value = JSON.parse(payload) as unknown;
    if (!value || typeof value !== "object") return null;
    const { from, id, tags } = value as Record<string, unknown>;
    if (typeof from !== "string" || !Array.isArray(tags) || tags.length > 5000) return null;
    if (!tags.every((t) => typeof t === "string" && t.length > 0 && t.length <= MAX_TAG_LENGTH)) return null;
    // An id that is not one of ours is dropped; the tags are still applied.
    return { from, ...(isAnnouncementId(id) ? { id } : {}), tags: tags as string[] };
  } catch {
    return null;
  }
}

/**
 * Tells every listening instance to expire these tags, which this process has already expired.
 * Returns the change's id, by which a refresh asks whether an instance has applied it.
 */
export async function announceInvalidation(tags: Iterable<string>, from: string = INSTANCE_ID): Promise<string> {
  const id = randomUUID();
  markApplied([id]);
  for (const payload of announcementPayloads(tags, from, id)) {
    await db().$executeRaw`SELECT pg_notify(${CHANNEL}, ${payload})`;
  }
  return id;
}

export type Listener = {
  stop: () => Promise<void>;
  connected: () => boolean;
  /**
   * Resolves true once the first LISTEN is in place, or false after `timeoutMs` without it. From a
   * false answer on, the server is taken to be serving (and caching) without hearing of changes,
   * so the first connection that does come expires everything once, as a reconnection does.
   */
  listening: (timeoutMs: number) => Promise<boolean>;
};

type ListenerOptions = {
  url: string;
  /** Expires the tags here; false (or a throw) means try again shortly. */
  apply: (tags: string[]) => Promise<boolean>;
  /** Told the ids of the announcements an apply has just carried out (default: markApplied). */
  applied?: (ids: string[]) => void;
  /** Announcements from this instance are skipped. */
  self?: string;
  log?: (message: string) => void;
  /** Backoff bounds, in ms (tests shorten them). */
  retryMinMs?: number;
  retryMaxMs?: number;
};

/** Listens for announcements until stopped, reconnecting after any loss of its connection. */
export function startInvalidationListener(options: ListenerOptions): Listener {
  const { url, apply, applied = markApplied, self = INSTANCE_ID, log = (m) => console.log(m), retryMinMs = 1000, retryMaxMs = 30_000 } = options;
  let client: pg.Client | null = null;
  let stopped = false;
  let isConnected = false;
  let delay = retryMinMs;
  let everConnected = false;
  // Set when the server went on without waiting for the first LISTEN (listening() timed out).
  let servedUnheard = false;
  let markListening = () => {};
  const firstListen = new Promise<boolean>((resolve) => (markListening = () => resolve(true)));
  let retryTimer: NodeJS.Timeout | null = null;
  // Tags waiting to be applied (the server may not listen yet at start-up, or may refuse once).
  const pending = new Set<string>();
  // The announcements whose tags are in `pending`.
  const pendingIds = new Set<string>();
  let flushing = false;
  let flushTimer: NodeJS.Timeout | null = null;

  const flush = async () => {
    if (flushing || !pending.size || stopped) return;
    flushing = true;
    const tags = [...pending];
    const ids = [...pendingIds];
    pending.clear();
    pendingIds.clear();
    let ok = false;
    try {
      ok = await apply(tags);
    } catch {
      ok = false;
    }
    flushing = false;
    if (ok) applied(ids);
    if (!ok) {
      for (const tag of tags) pending.add(tag);
      for (const id of ids) pendingIds.add(id);
      flushTimer ??= setTimeout(() => {
        flushTimer = null;
        void flush();
      }, 1000);
      flushTimer.unref?.();
    } else if (pending.size) void flush();
  };

  const schedule = () => {
    if (stopped || retryTimer) return;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void connect();
    }, delay);
    retryTimer.unref?.();
    delay = Math.min(delay * 2, retryMaxMs);
  };

  const connect = async () => {
    if (stopped) return;
    const c = new pg.Client({ connectionString: url, application_name: "dateline-cache-listener" });
    client = c;
    let failed = false;
    const lost = (reason: string) => {
      if (failed) return;
      failed = true;
      isConnected = false;
      c.removeAllListeners("notification");
      void c.end().catch(() => undefined);
      if (stopped) return;
      log(`cache listener: connection lost (${reason}); reconnecting`);
      schedule();
    };
    c.on("error", (error) => lost(error.message));
    c.on("end", () => lost("closed"));
    c.on("notification", (message) => {
      if (message.channel !== CHANNEL) return;
      const announcement = parseAnnouncement(message.payload);
      if (!announcement || announcement.from === self) return;
      for (const tag of announcement.tags) pending.add(tag);
      if (announcement.id) pendingIds.add(announcement.id);
      void flush();
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      lost(error instanceof Error ? error.message : String(error));
      return;
    }
    if (stopped) {
      await c.end().catch(() => undefined);
      return;
    }
    isConnected = true;
    delay = retryMinMs;
    // Whatever was announced while this instance was not listening is lost: expire everything.
    if (everConnected || servedUnheard) {
      log(everConnected ? "cache listener: reconnected; expiring every cached page once" : "cache listener: listening at last; expiring every cached page once");
      pending.add(TAG.site);
      void flush();
    }
    everConnected = true;
    markListening();
  };

  void connect();
  return {
    connected: () => isConnected,
    listening: (timeoutMs) => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => {
          if (!everConnected) servedUnheard = true;
          resolve(everConnected);
        }, timeoutMs);
      });
      return Promise.race([firstListen, late]).finally(() => clearTimeout(timer));
    },
    stop: async () => {
      stopped = true;
      isConnected = false;
      if (retryTimer) clearTimeout(retryTimer);
      if (flushTimer) clearTimeout(flushTimer);
      await client?.end().catch(() => undefined);
    },
  };
}
