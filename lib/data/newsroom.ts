// Newsroom reads. Every query is scoped by the user: writers see only their own articles.
import "server-only";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/data/like";
import { canSeeAllArticles, type Actor } from "@/lib/permissions";
import { PAGE_SIZE, pageCount } from "@/lib/pagination";
import { mediaUrl } from "@/lib/urls";
import { editionOf } from "@/lib/i18n/editions";
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
  language: string;
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
      filters.language ? { language: filters.language } : {},
      filters.section ? { section: { slug: filters.section } } : {},
      filters.author ? { authors: { some: { userId: filters.author } } } : {},
      filters.q.trim() ? { OR: [{ headline: { contains: likeLiteral(filters.q.trim()), mode: "insensitive" } }, { slug: { contains: likeLiteral(filters.q.trim().toLowerCase()) } }] } : {},
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
      language: true,
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
    language: r.language,
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

/** Choices for the article editor: sections, staff for the byline, tags, and library media. */
export async function getEditorOptions() {
  const [sections, staff, tags, media] = await Promise.all([
    db().section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db().user.findMany({ where: { role: { in: ["ADMIN", "EDITOR", "WRITER"] } }, orderBy: { name: "asc" }, select: { id: true, name: true, disabledAt: true } }),
    db().tag.findMany({ orderBy: { name: "asc" }, take: 2000, select: { name: true } }),
    db().media.findMany({ where: { deletedAt: null }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: 300, select: { id: true, kind: true, storageKey: true, alt: true, width: true, height: true, caption: true, credit: true } }),
  ]);
  return {
    sections,
    staff: staff.map((s) => ({ id: s.id, name: s.name, disabled: Boolean(s.disabledAt) })),
    tagNames: tags.map((t) => t.name),
    library: media.map((m) => ({
      id: m.id,
      kind: m.kind,
      src: mediaUrl(m.storageKey),
      alt: m.alt,
      width: m.width,
      height: m.height,
      caption: m.caption,
      credit: m.credit,
      label: (m.alt || m.caption || m.storageKey.split("/").pop() || `Media ${m.id}`).slice(0, 80),
    })),
  };
}

/** An article as the editor loads it, or null when missing or deleted. Permission is the caller's. */
export async function getArticleForEditor(id: number) {
  const a = await db().article.findFirst({
    where: { id, deletedAt: null },
    select: {
      id: true,
      headline: true,
      standfirst: true,
      slug: true,
      body: true,
      status: true,
      language: true,
      sectionId: true,
      leadMediaId: true,
      seoTitle: true,
      seoDescription: true,
      breaking: true,
      version: true,
      updatedAt: true,
      publishedAt: true,
      scheduledAt: true,
      createdById: true,
      section: { select: { slug: true } },
      authors: { orderBy: { position: "asc" }, select: { userId: true } },
      tags: { orderBy: { tag: { name: "asc" } }, select: { tag: { select: { name: true } } } },
    },
  });
  if (!a) return null;
  return {
    fields: {
      headline: a.headline,
      standfirst: a.standfirst,
      slug: a.slug,
      language: editionOf(a.language),
      sectionId: a.sectionId,
      tags: a.tags.map((t) => t.tag.name),
      authorIds: a.authors.map((x) => x.userId),
      leadMediaId: a.leadMediaId,
      seoTitle: a.seoTitle ?? "",
      seoDescription: a.seoDescription ?? "",
      breaking: a.breaking,
      body: a.body,
    },
    saved: {
      id: a.id,
      version: a.version,
      slug: a.slug,
      language: a.language,
      status: a.status,
      updatedAt: a.updatedAt.toISOString(),
      publishedAt: a.publishedAt?.toISOString() ?? null,
      scheduledAt: a.scheduledAt?.toISOString() ?? null,
    },
    createdById: a.createdById,
    authorIds: a.authors.map((x) => x.userId),
  };
}

/** Deleted articles, newest deletion first, for admins to restore. */
export async function listDeletedArticles(limit = 100) {
  return db().article.findMany({
    where: { deletedAt: { not: null } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, headline: true, status: true, deletedAt: true, section: { select: { name: true } }, lastEditedBy: { select: { name: true } } },
  });
}
