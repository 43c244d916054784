// Housekeeping: rows that only matter for a while are deleted once they stop mattering, so the
// tables that every sign-in or open editor touches stay small. The scheduler runs this about once
// an hour (lib/scheduler.ts); each delete is a single statement, safe to run on several instances
// at once.
import "server-only";
import { db } from "@/lib/db";

const DAY_MS = 24 * 60 * 60_000;

export const RETENTION = {
  /**
   * Sign-in, sign-up and reset attempts: throttling looks back 24 hours at most
   * (lib/data/sign-in.ts); 30 days of history stay for the reader's own data download and for
   * investigating an attack.
   */
  attemptsMs: 30 * DAY_MS,
  /** Email-verification and reset tokens, used or not, a week after they expire (an old link then
   *  answers "not valid" instead of "expired"). */
  tokensAfterExpiryMs: 7 * DAY_MS,
  /** Presence rows of tabs that went silent without saying goodbye (live presence is 30 s). */
  presenceMs: 60 * 60_000,
} as const;

export async function sweepExpired(now: Date = new Date()): Promise<{ attempts: number; tokens: number; presence: number }> {
  const before = (ms: number) => new Date(now.getTime() - ms);
  const [attempts, tokens, presence] = await Promise.all([
    db().signInAttempt.deleteMany({ where: { createdAt: { lt: before(RETENTION.attemptsMs) } } }),
    db().accountToken.deleteMany({ where: { expiresAt: { lt: before(RETENTION.tokensAfterExpiryMs) } } }),
    db().editorPresence.deleteMany({ where: { seenAt: { lt: before(RETENTION.presenceMs) } } }),
  ]);
  return { attempts: attempts.count, tokens: tokens.count, presence: presence.count };
}
