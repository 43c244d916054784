// Paginated public lists: section fronts, tag pages, author pages; related and adjacent stories.
import "server-only";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { cardSelect, toCard, type ArticleCard } from "@/lib/data/articles";
import { mediaUrl } from "@/lib/urls";
import { PAGE_SIZE, pageCount, type Paged } from "@/lib/pagination";
import type { Prisma } from "@/lib/generated/prisma/client";

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** One page of live articles matching `where`; null when the page is past the end. */
async function pageOf(where: Prisma.ArticleWhereInput, page: number): Promise<Paged<ArticleCard> | null> {
  const live = { ...where, ...liveArticleWhere() };
  const [total, rows] = await Promise.all([
    db().article.count({ where: live }),
    db().article.findMany({ where: live, orderBy: newestFirst, skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: cardSelect }),
  ]);
  const pages = pageCount(total);
  if (page > pages) return null;
  return { items: rows.map(toCard), page, pages, total };
}

export type SectionInfo = { id: number; name: string; slug: string; description: string | null };

export async function getSectionBySlug(slug: string): Promise<SectionInfo | null> {
  return db().section.findUnique({ where: { slug }, select: { id: true, name: true, slug: true, description: true } });
}

export async function getSectionArticles(sectionId: number, page: number) {
  return pageOf({ sectionId }, page);
}

export async function getTagBySlug(slug: string) {
  return db().tag.findUnique({ where: { slug }, select: { id: true, name: true, slug: true } });
}

export async function getTagArticles(tagId: number, page: number) {
  return pageOf({ tags: { some: { tagId } } }, page);
}

export type AuthorProfile = { id: number; name: string; slug: string; bio: string | null; avatar: { src: string; alt: string } | null };

/** Authors are staff with a byline; readers have no public page. */
export async function getAuthorBySlug(slug: string): Promise<AuthorProfile | null> {
  const user = await db().user.findFirst({
    where: { slug, role: { in: ["ADMIN", "EDITOR", "WRITER"] }, disabledAt: null },
    select: { id: true, name: true, slug: true, bio: true, avatar: { select: { storageKey: true, alt: true } } },
  });
  if (!user) return null;
  return { ...user, avatar: user.avatar ? { src: mediaUrl(user.avatar.storageKey), alt: user.avatar.alt } : null };
}

export async function getAuthorArticles(userId: number, page: number) {
  return pageOf({ authors: { some: { userId } } }, page);
}

/** Stories sharing the most tags with this one, newest first; the section fills any gap. */
export async function getRelatedArticles(article: { id: number; sectionSlug: string; tagSlugs: string[] }, limit = 4): Promise<ArticleCard[]> {
  const related = article.tagSlugs.length
    ? await db().article.findMany({
        where: { ...liveArticleWhere(), id: { not: article.id }, tags: { some: { tag: { slug: { in: article.tagSlugs } } } } },
        orderBy: newestFirst,
        take: limit,
        select: cardSelect,
      })
    : [];
  if (related.length < limit) {
    const more = await db().article.findMany({
      where: { ...liveArticleWhere(), id: { notIn: [article.id, ...related.map((r) => r.id)] }, section: { slug: article.sectionSlug } },
      orderBy: newestFirst,
      take: limit - related.length,
      select: cardSelect,
    });
    related.push(...more);
  }
  return related.map(toCard);
}

/** The previous (older) and next (newer) live story in the same section. */
export async function getAdjacentInSection(article: { id: number; publishedAt: Date; sectionSlug: string }) {
  const base = { ...liveArticleWhere(), section: { slug: article.sectionSlug }, id: { not: article.id } };
  const select = { id: true, slug: true, headline: true } as const;
  const [previous, next] = await Promise.all([
    db().article.findFirst({ where: { ...base, publishedAt: { lt: article.publishedAt } }, orderBy: newestFirst, select }),
    db().article.findFirst({ where: { ...base, publishedAt: { gt: article.publishedAt, lte: new Date() } }, orderBy: [{ publishedAt: "asc" }, { id: "asc" }], select }),
  ]);
  return { previous, next };
}

/** The tags used most by live stories in a section, for its sub-navigation. */
export async function getSectionTopTags(sectionId: number, limit = 8): Promise<{ name: string; slug: string }[]> {
  const top = await db().articleTag.groupBy({
    by: ["tagId"],
    where: { article: { ...liveArticleWhere(), sectionId } },
    _count: { tagId: true },
    orderBy: [{ _count: { tagId: "desc" } }, { tagId: "asc" }],
    take: limit,
  });
  const tags = await db().tag.findMany({ where: { id: { in: top.map((t) => t.tagId) } }, select: { id: true, name: true, slug: true } });
  const byId = new Map(tags.map((t) => [t.id, { name: t.name, slug: t.slug }]));
  return top.map((t) => byId.get(t.tagId)).filter((t): t is { name: string; slug: string } => Boolean(t));
}
