// Home page extras: the breaking-news banner and "most read" from our own daily view counts.
import "server-only";
import { cached, SHORT_LIFETIME } from "@/lib/cache";
import { TAG, inEdition } from "@/lib/cache-tags";
import type { Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { db } from "@/lib/db";
import { liveArticleWhere, LIVE_ARTICLE_SQL } from "@/lib/data/live";
import { Prisma } from "@/lib/generated/prisma/client";
import { cardSelect, toCard, type ArticleCard } from "@/lib/data/articles";

/** The newest live story flagged breaking, while it is younger than `hours`. */
async function loadBreakingArticle(hours: number, edition: Edition = "en"): Promise<{ id: number; slug: string; language: string; headline: string } | null> {
  const since = new Date(Date.now() - hours * 3_600_000);
  const live = liveArticleWhere();
  return db().article.findFirst({
    where: { ...live, language: edition, breaking: true, publishedAt: { lte: new Date(), gte: since } },
    orderBy: { publishedAt: "desc" },
    select: { id: true, slug: true, language: true, headline: true },
  });
}

/** Live stories with the most views over the last `days` days (today included). */
async function loadMostRead(limit = 5, days = 2, edition: Edition = "en"): Promise<ArticleCard[]> {
  const today = new Date();
  const since = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - (days - 1)));
  const top = await db().pageView.groupBy({
    by: ["articleId"],
    where: { day: { gte: since }, article: { ...liveArticleWhere(), language: edition } },
    _sum: { views: true },
    orderBy: [{ _sum: { views: "desc" } }, { articleId: "desc" }],
    take: limit,
  });
  if (!top.length) return [];
  const rows = await db().article.findMany({ where: { id: { in: top.map((t) => t.articleId) }, ...liveArticleWhere() }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, toCard(r)]));
  return top.map((t) => byId.get(t.articleId)).filter((a): a is ArticleCard => Boolean(a));
}

/** The newest few live stories of each section, for the home page's section blocks. Two queries
 *  (plus the cards' relations) whatever the number of sections: a LATERAL join takes each
 *  section's newest ids through the (sectionId, status, publishedAt) index. */
async function loadSectionBlocks(perSection = 4, edition: Edition = "en"): Promise<{ name: string; slug: string; articles: ArticleCard[] }[]> {
  const sections = await db().section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, nameRu: true, slug: true } });
  const picked = await db().$queryRaw<{ id: number; sectionId: number }[]>`
    SELECT a.id, a."sectionId" FROM "Section" s CROSS JOIN LATERAL (
      SELECT a.id, a."sectionId" FROM "Article" a
      WHERE a."language" = ${edition} AND a."sectionId" = s.id AND ${Prisma.raw(LIVE_ARTICLE_SQL)}
      ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${Math.min(Math.max(1, perSection), 20)}
    ) a`;
  const rows = picked.length ? await db().article.findMany({ where: { id: { in: picked.map((p) => p.id) } }, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], select: cardSelect }) : [];
  const cards = rows.map(toCard);
  const sectionOf = new Map(picked.map((p) => [p.id, p.sectionId]));
  return sections
    .map((s) => ({ name: sectionName(s, edition), slug: s.slug, articles: cards.filter((c) => sectionOf.get(c.id) === s.id) }))
    .filter((b) => b.articles.length > 0);
}

// The banner and most read change with the clock (a breaking story ages out, views accrue), so
// they also expire after a minute; everything on the home page is tagged "home".
export const getBreakingArticle = cached("home.breaking", loadBreakingArticle, { tags: (_h, e = "en") => [TAG.site, inEdition(e, TAG.home)], revalidate: SHORT_LIFETIME });
export const getMostRead = cached("home.mostRead", loadMostRead, { tags: (_l, _d, e = "en") => [TAG.site, inEdition(e, TAG.home)], revalidate: SHORT_LIFETIME });
export const getSectionBlocks = cached("home.sectionBlocks", loadSectionBlocks, { tags: (_p, e = "en") => [TAG.site, inEdition(e, TAG.home), TAG.sections] });
