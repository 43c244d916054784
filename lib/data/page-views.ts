// Privacy-friendly read counts: one counter per live article per UTC day, nothing about the reader.
import "server-only";
import { db } from "@/lib/db";
import { LIVE_ARTICLE_SQL } from "@/lib/data/live";
import { Prisma } from "@/lib/generated/prisma/client";

/** Adds one view to today's counter; false when the article is not live (nothing is written). */
export async function recordView(articleId: number, now: Date = new Date()): Promise<boolean> {
  const day = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  try {
    // One statement: the live check and the upsert cannot drift apart.
    const counted = await db().$executeRaw`
      INSERT INTO "PageView" ("articleId", "day", "views")
      SELECT a.id, ${day}::date, 1 FROM "Article" a WHERE a.id = ${articleId} AND ${Prisma.raw(LIVE_ARTICLE_SQL)}
      ON CONFLICT ("articleId", "day") DO UPDATE SET "views" = "PageView"."views" + 1`;
    return counted > 0;
  } catch (error) {
    // The article was deleted between our read and the insert: nothing to count.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") return false;
    throw error;
  }
}
