// What a reader follows (sections, tags, authors) and "My feed": the latest live stories from any
// of them. Like bookmarks, every query is scoped to the signed-in user's id.
import "server-only";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { cardSelect, toCard, type ArticleCard } from "@/lib/data/articles";
import { PAGE_SIZE, pageCount, type Paged } from "@/lib/pagination";
import type { FollowKind } from "@/lib/validations/account";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { authorPath, sectionPath, tagPath } from "@/lib/urls";

const COLUMN = { section: "sectionId", tag: "tagId", author: "authorId" } as const;

export const NOT_FOLLOWABLE = "This cannot be followed.";

async function targetExists(kind: FollowKind, id: number): Promise<boolean> {
  if (kind === "section") return Boolean(await db().section.findUnique({ where: { id }, select: { id: true } }));
  if (kind === "tag") return Boolean(await db().tag.findUnique({ where: { id }, select: { id: true } }));
  // Authors are staff with a public page (the rule of lib/data/lists.ts getAuthorBySlug).
  return Boolean(await db().user.findFirst({ where: { id, role: { in: ["ADMIN", "EDITOR", "WRITER"] }, disabledAt: null }, select: { id: true } }));
}

export async function setFollowing(userId: number, kind: FollowKind, id: number, following: boolean): Promise<{ ok: true } | { ok: false; error: string }> {
  const column = COLUMN[kind];
  if (!following) {
    await db().follow.deleteMany({ where: { userId, [column]: id } });
    return { ok: true };
  }
  if (!(await targetExists(kind, id))) return { ok: false, error: NOT_FOLLOWABLE };
  await db().follow.createMany({ data: [{ userId, [column]: id }], skipDuplicates: true });
  return { ok: true };
}

export async function isFollowing(userId: number, kind: FollowKind, id: number): Promise<boolean> {
  return (await db().follow.count({ where: { userId, [COLUMN[kind]]: id } })) > 0;
}

export type Followed = { kind: FollowKind; id: number; name: string; href: string };

/** What the reader follows, named and linked as in `edition` (a section's Russian name, /ru/… pages). */
export async function getFollowed(userId: number, edition: Edition = "en"): Promise<Followed[]> {
  const rows = await db().follow.findMany({
    where: { userId },
    orderBy: { createdAt: "asc" },
    select: { section: { select: { id: true, name: true, nameRu: true, slug: true } }, tag: { select: { id: true, name: true, slug: true } }, author: { select: { id: true, name: true, slug: true } } },
  });
  return rows.flatMap((r): Followed[] => {
    if (r.section) return [{ kind: "section", id: r.section.id, name: sectionName(r.section, edition), href: sectionPath(r.section, edition) }];
    if (r.tag) return [{ kind: "tag", id: r.tag.id, name: r.tag.name, href: tagPath(r.tag, edition) }];
    if (r.author) return [{ kind: "author", id: r.author.id, name: r.author.name, href: authorPath(r.author, edition) }];
    return [];
  });
}

/** The latest live stories from anything the user follows; null past the end. */
export async function getMyFeed(userId: number, page: number): Promise<Paged<ArticleCard> | null> {
  const follows = await db().follow.findMany({ where: { userId }, select: { sectionId: true, tagId: true, authorId: true } });
  const ids = (key: "sectionId" | "tagId" | "authorId") => follows.map((f) => f[key]).filter((v): v is number => v !== null);
  const or: Prisma.ArticleWhereInput[] = [];
  if (ids("sectionId").length) or.push({ sectionId: { in: ids("sectionId") } });
  if (ids("tagId").length) or.push({ tags: { some: { tagId: { in: ids("tagId") } } } });
  if (ids("authorId").length) or.push({ authors: { some: { userId: { in: ids("authorId") } } } });
  if (!or.length) return page === 1 ? { items: [], page: 1, pages: 1, total: 0 } : null;
  const where = { ...liveArticleWhere(), OR: or };
  const [total, rows] = await Promise.all([
    db().article.count({ where }),
    db().article.findMany({ where, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE, select: cardSelect }),
  ]);
  const pages = pageCount(total);
  if (page > pages) return null;
  return { items: rows.map(toCard), page, pages, total };
}
