// A reader's saved stories. Every query is scoped to the signed-in user's id (never an id from the
// client), and lists show only live articles: an unpublished story drops out of Saved and comes
// back if it is republished, because the bookmark row itself is kept.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { cardSelect, toCard, type ArticleCard } from "@/lib/data/articles";
import { PAGE_SIZE, pageCount, type Paged } from "@/lib/pagination";

export type SavedArticle = ArticleCard & { savedAt: Date };

export const NOT_SAVEABLE = "This story is not available, so it cannot be saved.";

export async function saveBookmark(userId: number, articleId: number): Promise<{ ok: true } | { ok: false; error: string }> {
  const live = await db().article.findFirst({ where: { id: articleId, ...liveArticleWhere() }, select: { id: true } });
  if (!live) return { ok: false, error: NOT_SAVEABLE };
  await db().bookmark.createMany({ data: [{ userId, articleId }], skipDuplicates: true });
  return { ok: true };
}

export async function removeBookmark(userId: number, articleId: number): Promise<void> {
  await db().bookmark.deleteMany({ where: { userId, articleId } });
}

/** Which of these articles the user has saved. */
export async function savedArticleIds(userId: number, articleIds: number[]): Promise<Set<number>> {
  if (!articleIds.length) return new Set();
  const rows = await db().bookmark.findMany({ where: { userId, articleId: { in: articleIds } }, select: { articleId: true } });
  return new Set(rows.map((r) => r.articleId));
}

/** Every article id the user has saved, read once per request (list pages' save buttons). */
export const savedIdsThisRequest = cache(async (userId: number): Promise<Set<number>> => {
  const rows = await db().bookmark.findMany({ where: { userId }, select: { articleId: true } });
  return new Set(rows.map((r) => r.articleId));
});

/** One page of the user's live saved stories, most recently saved first; null past the end. */
export async function getSavedArticles(userId: number, page: number): Promise<Paged<SavedArticle> | null> {
  const where = { userId, article: liveArticleWhere() };
  const [total, rows] = await Promise.all([
    db().bookmark.count({ where }),
    db().bookmark.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { articleId: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { createdAt: true, article: { select: cardSelect } },
    }),
  ]);
  const pages = pageCount(total);
  if (page > pages) return null;
  return { items: rows.map((r) => ({ ...toCard(r.article), savedAt: r.createdAt })), page, pages, total };
}
