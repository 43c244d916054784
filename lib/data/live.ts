// The one definition of "live" for every public read: published, due, and not deleted.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export function liveArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now }, deletedAt: null };
}

/** The same rule for raw SQL over "Article" aliased `a` (search). Keep the two in step. */
export const LIVE_ARTICLE_SQL = `a."status" = 'PUBLISHED' AND a."publishedAt" <= now() AND a."deletedAt" IS NULL`;
