// Privacy-friendly read counts: one counter per live article per UTC day, nothing about the reader.
import "server-only";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";

/** Adds one view to today's counter; false when the article is not live (nothing is written). */
export async function recordView(articleId: number, now: Date = new Date()): Promise<boolean> {
  const live = await db().article.findFirst({ where: { id: articleId, ...liveArticleWhere(now) }, select: { id: true } });
  if (!live) return false;
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  await db().pageView.upsert({
    where: { articleId_day: { articleId, day } },
    create: { articleId, day, views: 1 },
    update: { views: { increment: 1 } },
  });
  return true;
}
