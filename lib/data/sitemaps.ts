// Sitemap data, read in pages so that even millions of articles never sit in memory at once.
// Articles are split into fixed id ranges (SITEMAP_CHUNK_SIZE ids each), so every sitemap file
// holds at most that many URLs and is found by an index lookup, never an OFFSET scan.
import "server-only";
import { cached, SHORT_LIFETIME } from "@/lib/cache";
import { TAG } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { liveArticleWhere, LIVE_ARTICLE_SQL } from "@/lib/data/live";
import { mediaUrl } from "@/lib/urls";
import { EDITIONS } from "@/lib/i18n/editions";
import { Prisma } from "@/lib/generated/prisma/client";

export type ChunkInfo = { chunk: number; lastmod: Date };

/** One entry per non-empty id range of live articles, with the newest update in it. */
async function loadArticleChunks(chunkSize: number): Promise<ChunkInfo[]> {
  const rows = await db().$queryRaw<{ chunk: number; lastmod: Date }[]>`
    SELECT (a.id - 1) / ${chunkSize}::int + 1 AS chunk, max(a."updatedAt") AS lastmod
    FROM "Article" a WHERE ${Prisma.raw(LIVE_ARTICLE_SQL)}
    GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ chunk: Number(r.chunk), lastmod: r.lastmod }));
}

async function loadChunkHasArticles(chunk: number, chunkSize: number): Promise<boolean> {
  const found = await db().article.findFirst({ where: { ...liveArticleWhere(), id: { gt: (chunk - 1) * chunkSize, lte: chunk * chunkSize } }, select: { id: true } });
  return found !== null;
}

export type SitemapArticle = { id: number; slug: string; language: string; updatedAt: Date; image: { src: string; caption: string | null } | null };

/**
 * Live articles of one id range, in batches of `batch`, oldest id first. One SQL query per batch
 * with the lead image joined in. A Prisma relation select here made two queries per batch and
 * kept about 80 bytes per row alive in an internal cache (bounded, about +2.8 MB; measured with
 * lib/sitemap-scale.test.ts), which the streaming memory check could not tell from a leak.
 */
export async function* articlesInChunk(chunk: number, chunkSize: number, batch = 1000): AsyncGenerator<SitemapArticle[]> {
  let after = (chunk - 1) * chunkSize;
  const last = chunk * chunkSize;
  while (after < last) {
    const rows = await db().$queryRaw<{ id: number; slug: string; language: string; updatedAt: Date; storageKey: string | null; caption: string | null }[]>`
      SELECT a.id, a.slug, a.language, a."updatedAt", m."storageKey", m.caption
      FROM "Article" a LEFT JOIN "Media" m ON m.id = a."leadMediaId"
      WHERE ${Prisma.raw(LIVE_ARTICLE_SQL)} AND a.id > ${after} AND a.id <= ${last}
      ORDER BY a.id LIMIT ${batch}`;
    if (!rows.length) return;
    yield rows.map((r) => ({ id: r.id, slug: r.slug, language: r.language, updatedAt: r.updatedAt, image: r.storageKey ? { src: mediaUrl(r.storageKey), caption: r.caption } : null }));
    after = rows[rows.length - 1]!.id;
  }
}

/** Stories for Google News: published in the last 48 hours, newest first, at most 1,000. */
async function loadNewsArticles() {
  const now = new Date();
  return db().article.findMany({
    where: { ...liveArticleWhere(now), publishedAt: { gte: new Date(now.getTime() - 48 * 3_600_000), lte: now } },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: 1000,
    select: { id: true, slug: true, headline: true, publishedAt: true, language: true },
  });
}

/** Sections (in every edition), and tags and authors per edition that has live articles for
 *  them, with the newest such article's update time. */
async function loadTaxonomyEntries(kind: "sections" | "tags" | "authors"): Promise<{ slug: string; language: string; lastmod: Date | null }[]> {
  const live = liveArticleWhere();
  if (kind === "sections") {
    const sections = await db().section.findMany({ orderBy: { position: "asc" }, select: { slug: true, id: true } });
    const latest = await db().article.groupBy({ by: ["sectionId", "language"], where: live, _max: { updatedAt: true } });
    const byKey = new Map(latest.map((l) => [`${l.sectionId}:${l.language}`, l._max.updatedAt]));
    return EDITIONS.flatMap((language) => sections.map((s) => ({ slug: s.slug, language, lastmod: byKey.get(`${s.id}:${language}`) ?? null })));
  }
  if (kind === "tags") {
    const rows = await db().$queryRaw<{ slug: string; language: string; lastmod: Date }[]>`
      SELECT t.slug, a.language, max(a."updatedAt") AS lastmod FROM "Tag" t
      JOIN "ArticleTag" at ON at."tagId" = t.id JOIN "Article" a ON a.id = at."articleId"
      WHERE ${Prisma.raw(LIVE_ARTICLE_SQL)} GROUP BY a.language, t.slug ORDER BY a.language, t.slug`;
    return rows;
  }
  return db().$queryRaw<{ slug: string; language: string; lastmod: Date }[]>`
    SELECT u.slug, a.language, max(a."updatedAt") AS lastmod FROM "User" u
    JOIN "ArticleAuthor" aa ON aa."userId" = u.id JOIN "Article" a ON a.id = aa."articleId"
    WHERE ${Prisma.raw(LIVE_ARTICLE_SQL)} AND u.role IN ('ADMIN', 'EDITOR', 'WRITER') AND u."disabledAt" IS NULL
    GROUP BY a.language, u.slug ORDER BY a.language, u.slug`;
}

// The index, taxonomy and news sitemaps are cached under "sitemaps" (every live change
// invalidates it); the news sitemap's 48-hour window also moves with the clock. Chunk files are
// streamed from the database by primary-key range and not cached.
/** One entry per non-empty id range of live articles, with the newest update in it. */
export const listArticleChunks = cached("sitemaps.chunks", loadArticleChunks, { tags: () => [TAG.site, TAG.sitemaps] });
export const chunkHasArticles = cached("sitemaps.chunkHas", loadChunkHasArticles, { tags: () => [TAG.site, TAG.sitemaps] });
/** Stories for Google News: published in the last 48 hours, newest first, at most 1,000. */
export const listNewsArticles = cached("sitemaps.news", loadNewsArticles, { tags: () => [TAG.site, TAG.sitemaps], revalidate: SHORT_LIFETIME });
/** Sections, tags and authors that have live articles, with their newest article's update time. */
export const listTaxonomyEntries = cached("sitemaps.taxonomy", loadTaxonomyEntries, { tags: () => [TAG.site, TAG.sitemaps] });
