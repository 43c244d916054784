// Paginated public lists: section fronts, tag pages, author pages; related and adjacent stories.
import "server-only";
import { cached } from "@/lib/cache";
import { TAG, inEdition } from "@/lib/cache-tags";
import type { Edition } from "@/lib/i18n/editions";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { cardSelect, toCard, type ArticleCard } from "@/lib/data/articles";
import { mediaUrl } from "@/lib/urls";
import { PAGE_SIZE, pageCount, type Paged } from "@/lib/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";

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

/** Stories of the same edition sharing the most tags with this one, newest first; the section fills any gap. */
async function loadRelatedArticles(article: EditionRef & { tagSlugs: string[] }, limit = 4): Promise<ArticleCard[]> {
  const language = article.language ?? "en";
  const related = article.tagSlugs.length
    ? await db().article.findMany({
        where: { ...liveArticleWhere(), language, id: { not: article.id }, tags: { some: { tag: { slug: { in: article.tagSlugs } } } } },
        orderBy: newestFirst,
        take: limit,
        select: cardSelect,
      })
    : [];
  if (related.length < limit) {
    const more = await db().article.findMany({
      where: { ...liveArticleWhere(), language, id: { notIn: [article.id, ...related.map((r) => r.id)] }, section: { slug: article.sectionSlug } },
      orderBy: newestFirst,
      take: limit - related.length,
      select: cardSelect,
    });
    related.push(...more);
  }
  return related.map(toCard);
}

/** The previous (older) and next (newer) live story in the same section and edition. */
async function loadAdjacentInSection(article: EditionRef & { publishedAt: Date }) {
  const base = { ...liveArticleWhere(), language: article.language ?? "en", section: { slug: article.sectionSlug }, id: { not: article.id } };
  const select = { id: true, slug: true, headline: true, language: true } as const;
  const [previous, next] = await Promise.all([
    db().article.findFirst({ where: { ...base, publishedAt: { lt: article.publishedAt } }, orderBy: newestFirst, select }),
    db().article.findFirst({ where: { ...base, publishedAt: { gt: article.publishedAt, lte: new Date() } }, orderBy: [{ publishedAt: "asc" }, { id: "asc" }], select }),
  ]);
  return { previous, next };
}

/** The tags used most by an edition's live stories in a section, for its sub-navigation. */
async function loadSectionTopTags(section: Ref, limit = 8, edition: Edition = "en"): Promise<{ name: string; slug: string }[]> {
  const top = await db().articleTag.groupBy({
    by: ["tagId"],
    where: { article: { ...liveArticleWhere(), language: edition, sectionId: section.id } },
    _count: { tagId: true },
    orderBy: [{ _count: { tagId: "desc" } }, { tagId: "asc" }],
    take: limit,
  });
  const tags = await db().tag.findMany({ where: { id: { in: top.map((t) => t.tagId) } }, select: { id: true, name: true, slug: true } });
  const byId = new Map(tags.map((t) => [t.id, { name: t.name, slug: t.slug }]));
  return top.map((t) => byId.get(t.tagId)).filter((t): t is { name: string; slug: string } => Boolean(t));
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
