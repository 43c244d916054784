// Home page extras: the breaking-news banner and "most read" from our own daily view counts.
import "server-only";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { cardSelect, toCard, type ArticleCard } from "@/lib/data/articles";

/** The newest live story flagged breaking, while it is younger than `hours`. */
export async function getBreakingArticle(hours: number): Promise<{ id: number; slug: string; headline: string } | null> {
  const since = new Date(Date.now() - hours * 3_600_000);
  const live = liveArticleWhere();
  return db().article.findFirst({
    where: { ...live, breaking: true, publishedAt: { lte: new Date(), gte: since } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, slug: true, headline: true },
  });
}

/** Live stories with the most views over the last `days` days (today included). */
export async function getMostRead(limit = 5, days = 2): Promise<ArticleCard[]> {
  const today = new Date();
  const since = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)));
  const top = await db().pageView.groupBy({
    by: ["articleId"],
    where: { day: { gte: since }, article: liveArticleWhere() },
    _sum: { views: true },
    orderBy: [{ _sum: { views: "desc" } }, { articleId: "desc" }],
    take: limit,
  });
  if (!top.length) return [];
  const rows = await db().article.findMany({ where: { id: { in: top.map((t) => t.articleId) }, ...liveArticleWhere() }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return top.map((t) => byId.get(t.articleId)).filter((a): a is ArticleCard => Boolean(a));
}

/** The newest few live stories of each section, for the home page's section blocks. */
export async function getSectionBlocks(perSection = 4): Promise<{ name: string; slug: string; articles: ArticleCard[] }[]> {
  const sections = await db().section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, slug: true } });
  const blocks = await Promise.all(
    sections.map(async (s) => ({
      name: s.name,
      slug: s.slug,
      articles: (
        await db().article.findMany({
          where: { ...liveArticleWhere(), sectionId: s.id },
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          take: perSection,
          select: cardSelect,
        })
      ).map(toCard),
    })),
  );
  return blocks.filter((b) => b.articles.length > 0);
}
