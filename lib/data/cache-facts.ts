// What the public site shows of articles, read for cache invalidation: which section, tags and
// authors list them, and whether they are live. Writers call these inside their transaction
// (before and after a change) and hand the resulting tags to their caller to invalidate.
import "server-only";
import { db } from "@/lib/db";
import { articleChangeTags, articlesTags, isLiveStatus, TAG, type ArticleFacts } from "@/lib/cache-tags";
import { editionOf } from "@/lib/i18n/editions";
import type { Prisma } from "@/lib/generated/prisma/client";

type Reader = Prisma.TransactionClient | ReturnType<typeof db>;

const factsSelect = {
  id: true,
  status: true,
  deletedAt: true,
  language: true,
  section: { select: { slug: true } },
  tags: { select: { tag: { select: { slug: true } } } },
  authors: { select: { user: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

export async function readArticleFacts(tx: Reader, where: Prisma.ArticleWhereInput): Promise<ArticleFacts[]> {
  const rows = await tx.article.findMany({ where, select: factsSelect });
  return rows.map((r) => ({
    id: r.id,
    live: isLiveStatus(r.status, r.deletedAt),
    language: editionOf(r.language),
    sectionSlug: r.section.slug,
    tagSlugs: r.tags.map((t) => t.tag.slug),
    authorSlugs: r.authors.map((a) => a.user.slug),
  }));
}

export async function readOneArticleFacts(tx: Reader, id: number): Promise<ArticleFacts | null> {
  return (await readArticleFacts(tx, { id }))[0] ?? null;
}

/** Tags for an article change, given its facts before and its id (read again now, after the write). */
export async function changeTags(tx: Reader, before: ArticleFacts | null, id: number): Promise<string[]> {
  return articleChangeTags(before, await readOneArticleFacts(tx, id));
}

/** Tags for the live articles matching `where` (those that use an image, carry a tag …). */
export async function tagsForArticles(tx: Reader, where: Prisma.ArticleWhereInput): Promise<string[]> {
  return articlesTags(await readArticleFacts(tx, { ...where, status: "PUBLISHED", deletedAt: null }));
}

export { TAG };
