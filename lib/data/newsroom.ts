// Newsroom reads. Every query is scoped by the user: writers see only their own articles.
import "server-only";
import { db } from "@/lib/db";
import { canSeeAllArticles, type Actor } from "@/lib/permissions";
import { PAGE_SIZE, pageCount } from "@/lib/pagination";
import type { NewsroomFilters } from "@/lib/validations/newsroom";
import type { Prisma } from "@/lib/generated/prisma/client";

export function newsroomScope(user: Actor): Prisma.ArticleWhereInput {
  if (canSeeAllArticles(user)) return { deletedAt: null };
  return { deletedAt: null, OR: [{ createdById: user.id }, { authors: { some: { userId: user.id } } }] };
}

const ORDER: Record<NewsroomFilters["sort"], Prisma.ArticleOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  created: [{ createdAt: "desc" }, { id: "desc" }],
  published: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
  headline: [{ headline: "asc" }, { id: "asc" }],
};

export type NewsroomRow = {
  id: number;
  slug: string;
  headline: string;
  status: string;
  section: string;
  authors: string[];
  updatedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  lastEditedBy: string | null;
};

export async function listNewsroomArticles(user: Actor, filters: NewsroomFilters, page: number) {
  const where: Prisma.ArticleWhereInput = {
    AND: [
      newsroomScope(user),
      filters.status ? { status: filters.status } : {},
      filters.section ? { section: { slug: filters.section } } : {},
      filters.author ? { authors: { some: { userId: filters.author } } } : {},
      filters.q.trim() ? { OR: [{ headline: { contains: filters.q.trim(), mode: "insensitive" } }, { slug: { contains: filters.q.trim().toLowerCase() } }] } : {},
    ],
  };
  const total = await db().article.count({ where });
  const pages = pageCount(total);
  const current = Math.min(page, pages);
  const rows = await db().article.findMany({
    where,
    orderBy: ORDER[filters.sort],
    skip: (current - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: {
      id: true,
      slug: true,
      headline: true,
      status: true,
      updatedAt: true,
      publishedAt: true,
      scheduledAt: true,
      section: { select: { name: true } },
      authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      lastEditedBy: { select: { name: true } },
    },
  });
  const items: NewsroomRow[] = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    headline: r.headline,
    status: r.status,
    section: r.section.name,
    authors: r.authors.map((a) => a.user.name),
    updatedAt: r.updatedAt,
    publishedAt: r.publishedAt,
    scheduledAt: r.scheduledAt,
    lastEditedBy: r.lastEditedBy?.name ?? null,
  }));
  return { items, total, page: current, pages };
}

/** Staff who appear as authors, for the author filter. */
export async function listBylineAuthors() {
  return db().user.findMany({ where: { role: { in: ["ADMIN", "EDITOR", "WRITER"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}
