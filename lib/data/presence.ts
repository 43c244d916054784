// Who has an article open: a heartbeat row per user and article in PostgreSQL, so it works across
// instances. A tab that closes says goodbye (sendBeacon); one that goes silent drops out after
// PRESENCE_TTL_MS.
import "server-only";
import { db } from "@/lib/db";

export const PRESENCE_TTL_MS = 30_000;

export async function heartbeat(articleId: number, userId: number, now = new Date()) {
  await db().editorPresence.upsert({ where: { articleId_userId: { articleId, userId } }, create: { articleId, userId, seenAt: now }, update: { seenAt: now } });
  return othersPresent(articleId, userId, now);
}

export async function leave(articleId: number, userId: number) {
  await db().editorPresence.deleteMany({ where: { articleId, userId } });
}

export async function othersPresent(articleId: number, userId: number, now = new Date()) {
  const rows = await db().editorPresence.findMany({
    where: { articleId, userId: { not: userId }, seenAt: { gte: new Date(now.getTime() - PRESENCE_TTL_MS) } },
    orderBy: { seenAt: "desc" },
    select: { seenAt: true, user: { select: { id: true, name: true } } },
  });
  return rows.map((r) => ({ id: r.user.id, name: r.user.name, seenAt: r.seenAt.toISOString() }));
}
