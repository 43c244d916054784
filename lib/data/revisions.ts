// Revisions of an article: the list, a pair to compare, and restoring one (which is itself a
// save, so it makes a new revision and obeys the version check).
import "server-only";
import { db } from "@/lib/db";
import { docToPlainText } from "@/lib/rich-text";
import { canEditArticle, type Actor } from "@/lib/permissions";
import { articleFieldsSchema } from "@/lib/validations/article";
import { EditorialError, saveArticle, type Saved } from "@/lib/data/editorial";

export async function listRevisions(articleId: number, limit = 200) {
  return db().revision.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, version: true, reason: true, published: true, createdAt: true, author: { select: { name: true } } },
  });
}

export type RevisionView = { id: number; version: number; reason: string; published: boolean; createdAt: Date; author: string | null; fields: Record<string, string>; text: string };

const FIELD_LABELS: Record<string, string> = { headline: "Headline", standfirst: "Standfirst", slug: "Slug", status: "Status", seoTitle: "SEO title", seoDescription: "SEO description", tags: "Tags", breaking: "Breaking" };

/** Two revisions of one article, for a diff; null when either is missing or from another article. */
export async function getRevisionPair(articleId: number, fromId: number, toId: number): Promise<[RevisionView, RevisionView] | null> {
  const rows = await db().revision.findMany({ where: { id: { in: [fromId, toId] }, articleId }, include: { author: { select: { name: true } } } });
  const view = (id: number): RevisionView | null => {
    const r = rows.find((x) => x.id === id);
    if (!r) return null;
    const snap = (r.snapshot ?? {}) as Record<string, unknown>;
    const fields: Record<string, string> = {};
    for (const [key, label] of Object.entries(FIELD_LABELS)) {
      const v = snap[key];
      fields[label] = Array.isArray(v) ? v.join(", ") : v === undefined || v === null ? "" : String(v);
    }
    return { id: r.id, version: r.version, reason: r.reason, published: r.published, createdAt: r.createdAt, author: r.author?.name ?? null, fields, text: docToPlainText(snap.body) };
  };
  const a = view(fromId);
  const b = view(toId);
  return a && b ? [a, b] : null;
}

/** Restores a revision's content on top of the version the user saw. */
export async function restoreRevision(actor: Actor | null, articleId: number, revisionId: number, expectedVersion: number): Promise<Saved> {
  if (!actor) throw new EditorialError("Your session has ended. Sign in again.", "unauthorized");
  const revision = await db().revision.findUnique({ where: { id: revisionId }, select: { articleId: true, version: true, snapshot: true } });
  const article = await db().article.findUnique({ where: { id: articleId }, select: { createdById: true, authors: { select: { userId: true } } } });
  if (!article) throw new EditorialError("This article does not exist.", "not_found");
  if (!canEditArticle(actor, { createdById: article.createdById, authorIds: article.authors.map((a) => a.userId) })) throw new EditorialError("You cannot edit this article.", "forbidden");
  if (!revision || revision.articleId !== articleId) throw new EditorialError("That revision does not belong to this article.", "invalid");
  const parsed = articleFieldsSchema.safeParse(revision.snapshot);
  if (!parsed.success) throw new EditorialError(`Version ${revision.version} cannot be restored as it is: ${parsed.error.issues[0]?.message ?? "it no longer validates"}.`, "invalid");
  return saveArticle(actor, articleId, expectedVersion, parsed.data, `restore v${revision.version}`);
}
