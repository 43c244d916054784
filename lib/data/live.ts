// The one definition of "live" for every public read: published, due, and not deleted.
import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

export function liveArticleWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return { status: "PUBLISHED", publishedAt: { lte: now }, deletedAt: null };
}
