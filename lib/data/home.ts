// Home page extras: the breaking-news banner and "most read" from our own daily view counts.
import "server-only";
import { cached, SHORT_LIFETIME } from "@/lib/cache";
import { TAG } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { cardSelect, toCard, type ArticleCard } from "@/lib/data/articles";

/** The newest live story flagged breaking, while it is younger than `hours`. */
async function loadBreakingArticle(hours: number): Promise<{ id: number; slug: string; headline: string } | null> {
  const since = new Date(Date.now() - hours * 3_600_000);
  const live = liveArticleWhere();
  return db().article.findFirst({
    where: { ...live, breaking: true, publishedAt: { lte: new Date(), gte: since } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, slug: true, headline: true },
  });
}

/** Live stories with the most views over the last `days` days (today included). */
async function loadMostRead(limit = 5, days = 2): Promise<ArticleCard[]> {
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
async function loadSectionBlocks(perSection = 4): Promise<{ name: string; slug: string; articles: ArticleCard[] }[]> {
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

// The banner and most read change with the clock (a breaking story ages out, views accrue), so
// they also expire after a minute; everything on the home page is tagged "home".
export const getBreakingArticle = cached("home.breaking", loadBreakingArticle, { tags: () => [TAG.site, TAG.home], revalidate: SHORT_LIFETIME });
export const getMostRead = cached("home.mostRead", loadMostRead, { tags: () => [TAG.site, TAG.home], revalidate: SHORT_LIFETIME });
export const getSectionBlocks = cached("home.sectionBlocks", loadSectionBlocks, { tags: () => [TAG.site, TAG.home, TAG.sections] });
