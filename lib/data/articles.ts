// Public article reads. Every query here goes through liveArticleWhere().
import "server-only";
import { cached } from "@/lib/cache";
import { TAG, inEdition } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { LIVE_ARTICLE_SQL, liveArticleWhere } from "@/lib/data/live";
import { mediaUrl } from "@/lib/urls";
import { editionOf, type Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { Prisma } from "@/lib/generated/prisma/client";

export const cardSelect = {
  id: true,
  slug: true,
  language: true,
  headline: true,
  standfirst: true,
  publishedAt: true,
  updatedAt: true,
  breaking: true,
  section: { select: { name: true, nameRu: true, slug: true } },
  leadMedia: { select: { storageKey: true, alt: true, width: true, height: true, caption: true, credit: true } },
  authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

export type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

// The same card in one SQL statement, for the article page's reads, which a cache miss pays for
// on the reader's request: Prisma loads each relation with a statement of its own (five for a
// list of cards), this builds section, lead image and byline as JSON beside the row. Columns of
// "Article" `a`; needs CARD_JOINS in FROM. Keep the two shapes in step (toCard reads both).
export const CARD_COLUMNS = Prisma.raw(`a.id, a.slug, a.language, a.headline, a.standfirst, a."publishedAt", a."updatedAt", a.breaking,
  json_build_object('name', s.name, 'nameRu', s."nameRu", 'slug', s.slug) AS section,
  CASE WHEN m.id IS NULL THEN NULL ELSE json_build_object('storageKey', m."storageKey", 'alt', m.alt, 'width', m.width, 'height', m.height, 'caption', m.caption, 'credit', m.credit) END AS "leadMedia",
  coalesce((SELECT json_agg(json_build_object('user', json_build_object('name', u.name, 'slug', u.slug)) ORDER BY aa.position)
    FROM "ArticleAuthor" aa JOIN "User" u ON u.id = aa."userId" WHERE aa."articleId" = a.id), '[]'::json) AS authors`);
export const CARD_JOINS = Prisma.raw(`JOIN "Section" s ON s.id = a."sectionId" LEFT JOIN "Media" m ON m.id = a."leadMediaId"`);

export type LeadImage = { src: string; alt: string; width: number; height: number; caption: string | null; credit: string | null };

export type ArticleCard = {
  id: number;
  slug: string;
  /** The edition it belongs to ("en" | "ru"): where it is listed and linked. */
  language: Edition;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  breaking: boolean;
  section: { name: string; slug: string };
  image: LeadImage | null;
  authors: { name: string; slug: string }[];
};

function toImage(media: CardRow["leadMedia"]): LeadImage | null {
  if (!media) return null;
  return {
    src: mediaUrl(media.storageKey),
    alt: media.alt,
    width: media.width ?? 1600,
    height: media.height ?? 900,
    caption: media.caption,
    credit: media.credit,
  };
}

export function toCard(row: CardRow): ArticleCard {
  return {
    id: row.id,
    slug: row.slug,
    language: editionOf(row.language),
    headline: row.headline,
    standfirst: row.standfirst,
    publishedAt: row.publishedAt ?? row.updatedAt,
    updatedAt: row.updatedAt,
    breaking: row.breaking,
    section: { name: sectionName(row.section, editionOf(row.language)), slug: row.section.slug },
    image: toImage(row.leadMedia),
    authors: row.authors.map((a) => a.user),
  };
}

/** Newest live articles of an edition first. */
async function loadLatestArticles(limit = 30, edition: Edition = "en"): Promise<ArticleCard[]> {
  const rows = await db().article.findMany({
    where: { ...liveArticleWhere(), language: edition },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(1, limit), 100),
    select: cardSelect,
  });
  return rows.map(toCard);
}

export type PublishedArticle = ArticleCard & {
  body: unknown;
  wordCount: number;
  tags: { name: string; slug: string }[];
};

const fullSelect = {
  ...cardSelect,
  body: true,
  bodyText: true,
  tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true, slug: true } } } },
} satisfies Prisma.ArticleSelect;

function toFull(row: Prisma.ArticleGetPayload<{ select: typeof fullSelect }>): PublishedArticle {
  return {
    ...toCard(row),
    body: row.body,
    wordCount: row.bodyText.split(/\s+/).filter(Boolean).length,
    tags: row.tags.map((t) => t.tag),
  };
}

/** One live article by id, or null (unknown, draft, scheduled, unpublished or deleted): one statement. */
async function loadPublishedArticle(id: number): Promise<PublishedArticle | null> {
  const [row] = await db().$queryRaw<Prisma.ArticleGetPayload<{ select: typeof fullSelect }>[]>`
    SELECT ${CARD_COLUMNS}, a.body, a."bodyText",
      coalesce((SELECT json_agg(json_build_object('tag', json_build_object('name', t.name, 'slug', t.slug)) ORDER BY t.name)
        FROM "ArticleTag" x JOIN "Tag" t ON t.id = x."tagId" WHERE x."articleId" = a.id), '[]'::json) AS tags
    FROM "Article" a ${CARD_JOINS}
    WHERE a.id = ${id} AND ${Prisma.raw(LIVE_ARTICLE_SQL)}`;
  return row ? toFull(row) : null;
}

/** Any article that is not deleted, whatever its status: for signed preview links only. */
export async function getArticleForPreview(id: number): Promise<(PublishedArticle & { status: string }) | null> {
  const row = await db().article.findFirst({ where: { id, deletedAt: null }, select: { ...fullSelect, status: true } });
  return row ? { ...toFull(row), status: row.status } : null;
}

/** Newest live articles of an edition first. */
export const getLatestArticles = cached("articles.latest", loadLatestArticles, { tags: (_limit, edition = "en") => [TAG.site, inEdition(edition, TAG.home)] });

/** One live article by id, or null (unknown, draft, scheduled, unpublished or deleted). */
export const getPublishedArticle = cached("articles.published", loadPublishedArticle, { tags: (id) => [TAG.site, TAG.article(id)] });
