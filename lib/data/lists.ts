// Paginated public lists: section fronts, tag pages, author pages; related and adjacent stories.
import "server-only";
import { cached } from "@/lib/cache";
import { TAG, inEdition } from "@/lib/cache-tags";
import type { Edition } from "@/lib/i18n/editions";
import { db } from "@/lib/db";
import { LIVE_ARTICLE_SQL, liveArticleWhere } from "@/lib/data/live";
import { CARD_COLUMNS, CARD_JOINS, cardSelect, toCard, type ArticleCard, type CardRow } from "@/lib/data/articles";
import { mediaUrl } from "@/lib/urls";
import { PAGE_SIZE, pageCount, type Paged } from "@/lib/pagination";
import { Prisma } from "@/lib/generated/prisma/client";

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** One page of an edition's live articles matching `where`; null when the page is past the end. */
async function pageOf(where: Prisma.ArticleWhereInput, page: number, edition: Edition): Promise<Paged<ArticleCard> | null> {
  const live = { ...where, ...liveArticleWhere(), language: edition };
  const [total, rows] = await Promise.all([
    db().article.count({ where: live }),
    db().article.findMany({ where: live, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: cardSelect }),
  ]);
  const pages = pageCount(total);
  if (page > pages) return null;
  return { items: rows.map(toCard), page, pages, total };
}

export type SectionInfo = { id: number; name: string; nameRu: string | null; slug: string; description: string | null };

async function loadSectionBySlug(slug: string): Promise<SectionInfo | null> {
  return db().section.findUnique({ where: { slug }, select: { id: true, name: true, nameRu: true, slug: true, description: true } });
}

type Ref = { id: number; slug: string };

async function loadSectionArticles(section: Ref, page: number, edition: Edition = "en") {
  return pageOf({ sectionId: section.id }, page, edition);
}

async function loadTagBySlug(slug: string) {
  return db().tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}

async function loadTagArticles(tag: Ref, page: number, edition: Edition = "en") {
  return pageOf({ tags: { some: { tagId: tag.id } } }, page, edition);
}

export type AuthorProfile = { id: number; name: string; slug: string; bio: string | null; avatar: { src: string; alt: string } | null };

/** Authors are staff with a byline; readers have no public page. */
async function loadAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const user = await db().user.findFirst({
    where: { slug, role: { in: ["ADMIN", "EDITOR", "WRITER"] }, disabledAt: null },
    select: { id: true, name: true, slug: true, bio: true, avatar: { select: { storageKey: true, alt: true } } },
  });
  if (!user) return null;
  return { ...user, avatar: user.avatar ? { src: mediaUrl(user.avatar.storageKey), alt: user.avatar.alt } : null };
}

async function loadAuthorArticles(author: Ref, page: number, edition: Edition = "en") {
  return pageOf({ authors: { some: { userId: author.id } } }, page, edition);
}

type EditionRef = { id: number; sectionSlug: string; language?: Edition };

/** Stories of the same edition sharing a tag with this one, newest first; the section's newest fill
 *  any gap. One statement (it runs on the article page's cache miss): up to `limit` tagged stories,
 *  then the section's newest that are neither this story nor among them. */
async function loadRelatedArticles(article: EditionRef & { tagSlugs: string[] }, limit = 4): Promise<ArticleCard[]> {
  const language = article.language ?? "en";
  const live = Prisma.raw(LIVE_ARTICLE_SQL);
  const rows = await db().$queryRaw<CardRow[]>`
    WITH tagged AS (
      SELECT a.id, a."publishedAt", 0 AS rank FROM "Article" a
      WHERE ${live} AND a.language = ${language} AND a.id <> ${article.id}
        AND EXISTS (SELECT 1 FROM "ArticleTag" x JOIN "Tag" t ON t.id = x."tagId" WHERE x."articleId" = a.id AND t.slug = ANY(${article.tagSlugs}::text[]))
      ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${article.tagSlugs.length ? limit : 0}
    ), fill AS (
      SELECT a.id, a."publishedAt", 1 AS rank FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
      WHERE ${live} AND a.language = ${language} AND a.id <> ${article.id} AND s.slug = ${article.sectionSlug}
      ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${2 * limit}
    ), picked AS (
      SELECT * FROM tagged
      UNION ALL
      (SELECT * FROM fill WHERE id NOT IN (SELECT id FROM tagged) ORDER BY "publishedAt" DESC, id DESC LIMIT ${limit} - (SELECT count(*) FROM tagged))
    )
    SELECT ${CARD_COLUMNS} FROM picked p JOIN "Article" a ON a.id = p.id ${CARD_JOINS}
    ORDER BY p.rank, p."publishedAt" DESC, p.id DESC`;
  return rows.map(toCard);
}

type Neighbour = { id: number; slug: string; headline: string; language: string };

/** The previous (older) and next (newer) live story in the same section and edition: one statement. */
async function loadAdjacentInSection(article: EditionRef & { publishedAt: Date }): Promise<{ previous: Neighbour | null; next: Neighbour | null }> {
  const base = Prisma.sql`${Prisma.raw(LIVE_ARTICLE_SQL)} AND a.language = ${article.language ?? "en"} AND a."sectionId" = s.id AND a.id <> ${article.id}`;
  const pick = Prisma.raw(`json_build_object('id', a.id, 'slug', a.slug, 'headline', a.headline, 'language', a.language)`);
  const [row] = await db().$queryRaw<{ previous: Neighbour | null; next: Neighbour | null }[]>`
    SELECT
      (SELECT ${pick} FROM "Article" a WHERE ${base} AND a."publishedAt" < ${article.publishedAt} ORDER BY a."publishedAt" DESC, a.id DESC LIMIT 1) AS previous,
      (SELECT ${pick} FROM "Article" a WHERE ${base} AND a."publishedAt" > ${article.publishedAt} ORDER BY a."publishedAt" ASC, a.id ASC LIMIT 1) AS next
    FROM "Section" s WHERE s.slug = ${article.sectionSlug}`;
  return { previous: row?.previous ?? null, next: row?.next ?? null };
}

/** The tags used most by an edition's live stories in a section, for its sub-navigation. */
/** How many of a section's newest stories its topics are drawn from. */
export const TOPIC_WINDOW = 500;

/**
 * A section's topics: the tags most used on its newest TOPIC_WINDOW live stories in the edition
 * (what the section is covering now, and a cost that does not grow with the archive: over all of
 * a section's 110,000 stories at 1,000,000 this took over a second, paid again after every publish).
 */
async function loadSectionTopTags(section: Ref, limit = 8, edition: Edition = "en"): Promise<{ name: string; slug: string }[]> {
  return db().$queryRaw<{ name: string; slug: string }[]>`
    SELECT t.name, t.slug
    FROM (
      SELECT a.id FROM "Article" a
      WHERE ${Prisma.raw(LIVE_ARTICLE_SQL)} AND a.language = ${edition} AND a."sectionId" = ${section.id}
      ORDER BY a."publishedAt" DESC
      LIMIT ${TOPIC_WINDOW}
    ) recent
    JOIN "ArticleTag" at ON at."articleId" = recent.id
    JOIN "Tag" t ON t.id = at."tagId"
    GROUP BY t.id, t.name, t.slug
    ORDER BY count(*) DESC, t.id ASC
    LIMIT ${limit}`;
}

// Cached by what each list shows: a story's publish, edit or unpublish invalidates its section,
// tag and author tags (lib/cache-tags.ts), and so every list below that can contain it.
export const getSectionBySlug = cached("lists.section", loadSectionBySlug, { tags: (slug) => [TAG.site, TAG.section(slug)] });
export const getSectionArticles = cached("lists.sectionArticles", loadSectionArticles, { tags: (s, _p, e = "en") => [TAG.site, inEdition(e, TAG.section(s.slug))] });
export const getTagBySlug = cached("lists.tag", loadTagBySlug, { tags: (slug) => [TAG.site, TAG.tag(slug)] });
export const getTagArticles = cached("lists.tagArticles", loadTagArticles, { tags: (t, _p, e = "en") => [TAG.site, inEdition(e, TAG.tag(t.slug))] });
/** Authors are staff with a byline; readers have no public page. */
export const getAuthorBySlug = cached("lists.author", loadAuthorBySlug, { tags: (slug) => [TAG.site, TAG.author(slug)] });
export const getAuthorArticles = cached("lists.authorArticles", loadAuthorArticles, { tags: (a, _p, e = "en") => [TAG.site, inEdition(e, TAG.author(a.slug))] });
/** Stories sharing the most tags with this one, newest first; the section fills any gap. */
export const getRelatedArticles = cached("lists.related", loadRelatedArticles, {
  tags: (a) => [TAG.site, inEdition(a.language ?? "en", TAG.section(a.sectionSlug)), ...a.tagSlugs.map((t) => inEdition(a.language ?? "en", TAG.tag(t)))],
});
/** The previous (older) and next (newer) live story in the same section. */
export const getAdjacentInSection = cached("lists.adjacent", loadAdjacentInSection, { tags: (a) => [TAG.site, inEdition(a.language ?? "en", TAG.section(a.sectionSlug))] });
/** The tags used most by live stories in a section, for its sub-navigation. */
export const getSectionTopTags = cached("lists.sectionTopTags", loadSectionTopTags, { tags: (s, _l, e = "en") => [TAG.site, inEdition(e, TAG.section(s.slug))] });
