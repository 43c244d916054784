// Newsroom writes: create, save, workflow moves, delete and restore. Every function takes the
// acting user and checks permissions itself, runs in one transaction with the article row locked,
// and refuses a save or move based on a stale version (optimistic locking, no silent overwrite).
import "server-only";
import { db } from "@/lib/db";
import { docToPlainText, type RichDoc, type RichNode } from "@/lib/rich-text";
import { slugify } from "@/lib/urls";
import { canCreateArticle, canCreateTags, canDeleteArticle, canEditArticle, canEditContent, canRestoreArticle, type Actor, type ArticleAccess } from "@/lib/permissions";
import { checkMove, type WorkflowAction } from "@/lib/workflow";
import type { ArticleInput, FieldErrors } from "@/lib/validations/article";
import type { Prisma } from "@/lib/generated/prisma/client";
import { changeTags, readOneArticleFacts } from "@/lib/data/cache-facts";

type Tx = Prisma.TransactionClient;

/** A refused stale save: who changed the article, when, its version now, and its text now (sent
 *  only after the permission checks, to someone who may edit it) so the editor can show the
 *  differences beside the unsaved text. */
export type Conflict = { by: string; at: Date; version: number; theirs: { headline: string; standfirst: string; text: string } };

/** A refusal the user should read: the message, and where it applies. */
export class EditorialError extends Error {
  constructor(
    message: string,
    readonly code: "unauthorized" | "forbidden" | "not_found" | "invalid" | "conflict",
    readonly fields: FieldErrors = {},
    readonly conflict?: Conflict,
  ) {
    super(message);
  }
}

/** `invalidate`: the cache tags of public pages this write changed, for the caller to invalidate. */
export type Saved = { id: number; version: number; slug: string; status: string; updatedAt: Date; publishedAt: Date | null; scheduledAt: Date | null; invalidate: string[] };

/** How many ordinary revisions an article keeps; published versions are always kept. */
export const KEEP_REVISIONS = 50;

const savedSelect = { id: true, version: true, slug: true, status: true, updatedAt: true, publishedAt: true, scheduledAt: true } as const;

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new EditorialError("Your session has ended. Sign in again; your text is still here.", "unauthorized");
  return actor;
}

type Locked = ArticleAccess & { id: number; version: number; deletedAt: Date | null; slug: string; updatedAt: Date; lastEditedBy: string | null; headline: string; standfirst: string; bodyText: string };

/** Locks the article row for this transaction and reads what permission checks need. */
async function lockArticle(tx: Tx, id: number): Promise<Locked> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Article" WHERE id = ${id} FOR UPDATE`;
  if (!rows.length) throw new EditorialError("This article does not exist (it may have been removed).", "not_found");
  const a = await tx.article.findUniqueOrThrow({
    where: { id },
    select: {
      id: true,
      version: true,
      status: true,
      slug: true,
      deletedAt: true,
      publishedAt: true,
      createdById: true,
      updatedAt: true,
      lastEditedBy: { select: { name: true } },
      authors: { select: { userId: true } },
      headline: true,
      standfirst: true,
      bodyText: true,
    },
  });
  return { ...a, lastEditedBy: a.lastEditedBy?.name ?? null, authorIds: a.authors.map((x) => x.userId) };
}

function checkVersion(article: Locked, expected: number) {
  if (article.version !== expected) {
    const by = article.lastEditedBy ?? "someone";
    throw new EditorialError(`This article was changed by ${by} (version ${article.version}) after you opened it. Your text has not been saved; compare, copy it, or keep it as a new revision.`, "conflict", {}, {
      by,
      at: article.updatedAt,
      version: article.version,
      theirs: { headline: article.headline, standfirst: article.standfirst, text: article.bodyText },
    });
  }
}

function mediaKeyFromSrc(src: string): string {
  return src.startsWith("/media/") ? src.slice("/media/".length) : `public${src}`;
}

function bodyMediaSrcs(doc: RichDoc): string[] {
  const out: string[] = [];
  const walk = (n: RichNode) => {
    if (n.type === "image") out.push(n.attrs.src);
    else if (n.type === "gallery") out.push(...n.attrs.images.map((i) => i.src));
    else if (n.type === "video" || n.type === "audio") out.push(n.attrs.src);
    if ("content" in n && Array.isArray(n.content)) n.content.forEach(walk);
  };
  doc.content.forEach(walk);
  return out;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const russianSlug = (slug: string) => `${slug.slice(0, 57).replace(/-+$/, "")}-ru`;

/** Checks references (section, authors, tags, lead image, slug) and returns the write plan. */
async function resolveReferences(tx: Tx, actor: Actor, input: ArticleInput, articleId: number | null) {
  const fields: FieldErrors = {};
  const section = await tx.section.findUnique({ where: { id: input.sectionId }, select: { id: true } });
  if (!section) fields.sectionId = "Choose a section from the list";

  const authorIds = [...new Set(input.authorIds)];
  const authors = await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true, role: true, disabledAt: true } });
  const byId = new Map(authors.map((a) => [a.id, a]));
  for (const id of authorIds) {
    const a = byId.get(id);
    if (!a || a.role === "READER") fields.authorIds ??= "Authors must be newsroom staff";
    else if (a.disabledAt) fields.authorIds ??= `${a.name}'s account is disabled; remove them from the byline`;
  }

  const typed: [string, string][] = [];
  for (const name of input.tags) {
    const slug = /[\p{L}\p{N}]/u.test(name) ? slugify(name, 60) : "";
    if (!slug) fields.tags ??= `Tag “${name.slice(0, 60)}” needs at least one letter or digit`;
    else typed.push([slug, name]);
  }
  // Slugs are transliterated, so a Cyrillic name would land on an English tag's slug («Транспорт» →
  // transport), or take the slug an English tag will want. A new Cyrillic tag goes to `{slug}-ru`
  // (the demo's convention); a tag already at the plain slug with a Cyrillic name (made before
  // this rule) is still found there.
  const atSlug = new Map(
    (await tx.tag.findMany({ where: { slug: { in: typed.flatMap(([slug]) => [slug, russianSlug(slug)]) } }, select: { slug: true, name: true } })).map((t) => [t.slug, t.name]),
  );
  const tagSlugs = new Map<string, string>();
  for (const [base, name] of typed) {
    const taken = atSlug.get(base);
    const slug = CYRILLIC.test(name) && !(taken !== undefined && CYRILLIC.test(taken)) ? russianSlug(base) : base;
    if (!tagSlugs.has(slug)) tagSlugs.set(slug, name);
  }
  const existingTags = [...tagSlugs.keys()].filter((slug) => atSlug.has(slug)).map((slug) => ({ slug }));
  const missingTags = [...tagSlugs.entries()].filter(([slug]) => !existingTags.some((t) => t.slug === slug));
  if (missingTags.length && !canCreateTags(actor)) fields.tags ??= `Only editors can create new tags: ${missingTags.map(([, n]) => n).join(", ")}`;

  if (input.leadMediaId !== null) {
    const media = await tx.media.findFirst({ where: { id: input.leadMediaId, deletedAt: null, kind: "IMAGE" }, select: { id: true } });
    if (!media) fields.leadMediaId = "Choose a lead image from the media library";
  }

  const slug = input.slug || (/[\p{L}\p{N}]/u.test(input.headline) ? slugify(input.headline) : "");
  if (!slug) fields.slug = "The slug needs at least one letter or digit";
  else {
    const clash = await tx.article.findFirst({
      where: { id: articleId === null ? undefined : { not: articleId }, deletedAt: null, OR: [{ slug }, { slugHistory: { some: { slug } } }] },
      select: { headline: true },
    });
    if (clash) fields.slug = `This slug is already used by “${clash.headline.slice(0, 80)}”`;
  }
  if (Object.keys(fields).length) throw new EditorialError("Please correct the marked fields.", "invalid", fields);

  const srcs = [...new Set(bodyMediaSrcs(input.body))];
  const bodyMedia = srcs.length ? await tx.media.findMany({ where: { storageKey: { in: srcs.map(mediaKeyFromSrc) } }, select: { id: true } }) : [];
  const mediaIds = new Set(bodyMedia.map((m) => m.id));
  if (input.leadMediaId !== null) mediaIds.add(input.leadMediaId);

  return { slug, authorIds, tagSlugs, mediaIds: [...mediaIds] };
}

async function writeRelations(tx: Tx, articleId: number, plan: Awaited<ReturnType<typeof resolveReferences>>) {
  await tx.articleAuthor.deleteMany({ where: { articleId } });
  await tx.articleAuthor.createMany({ data: plan.authorIds.map((userId, position) => ({ articleId, userId, position })) });
  const tagIds: number[] = [];
  for (const [slug, name] of plan.tagSlugs) tagIds.push((await tx.tag.upsert({ where: { slug }, create: { slug, name }, update: {}, select: { id: true } })).id);
  await tx.articleTag.deleteMany({ where: { articleId } });
  if (tagIds.length) await tx.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId, tagId })) });
  await tx.articleMedia.deleteMany({ where: { articleId } });
  if (plan.mediaIds.length) await tx.articleMedia.createMany({ data: plan.mediaIds.map((mediaId) => ({ articleId, mediaId })) });
}

function snapshot(input: ArticleInput, slug: string, status: string) {
  return {
    headline: input.headline,
    standfirst: input.standfirst,
    slug,
    status,
    language: input.language,
    sectionId: input.sectionId,
    tags: input.tags,
    authorIds: input.authorIds,
    leadMediaId: input.leadMediaId,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    breaking: input.breaking,
    body: input.body,
  };
}

/** Consecutive autosaves by one person within this window share one revision, updated in place. */
export const AUTOSAVE_COALESCE_MS = 10 * 60_000;

async function addRevision(tx: Tx, articleId: number, version: number, data: object, authorId: number, reason: string, published: boolean) {
  if (reason === "autosave") {
    const latest = await tx.revision.findFirst({ where: { articleId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true, reason: true, authorId: true, published: true, createdAt: true } });
    if (latest && latest.reason === "autosave" && latest.authorId === authorId && !latest.published && !published && Date.now() - latest.createdAt.getTime() < AUTOSAVE_COALESCE_MS) {
      await tx.revision.update({ where: { id: latest.id }, data: { version, snapshot: data as Prisma.InputJsonValue, createdAt: new Date() } });
      return;
    }
  }
  await tx.revision.create({ data: { articleId, version, snapshot: data as Prisma.InputJsonValue, authorId, reason, published } });
  // Keep the newest KEEP_REVISIONS ordinary revisions; every published one stays.
  await tx.$executeRaw`
    DELETE FROM "Revision" WHERE "articleId" = ${articleId} AND published = false AND id NOT IN (
      SELECT id FROM "Revision" WHERE "articleId" = ${articleId} AND published = false ORDER BY "createdAt" DESC, id DESC LIMIT ${KEEP_REVISIONS}
    )`;
}

async function audit(tx: Tx, actorId: number | null, action: string, articleId: number, details: object = {}) {
  await tx.auditEvent.create({ data: { actorId, action, entityType: "article", entityId: String(articleId), details: details as Prisma.InputJsonValue } });
}

function contentData(input: ArticleInput, slug: string) {
  return {
    headline: input.headline,
    standfirst: input.standfirst,
    slug,
    body: input.body as unknown as Prisma.InputJsonValue,
    bodyText: docToPlainText(input.body),
    language: input.language,
    sectionId: input.sectionId,
    leadMediaId: input.leadMediaId,
    seoTitle: input.seoTitle || null,
    seoDescription: input.seoDescription || null,
    breaking: input.breaking,
  };
}

/** A new draft. Writers become its creator (and so may edit it even if not on the byline). */
export async function createArticle(actorOrNull: Actor | null, input: ArticleInput): Promise<Saved> {
  const actor = requireActor(actorOrNull);
  if (!canCreateArticle(actor)) throw new EditorialError("You cannot write articles.", "forbidden");
  return db().$transaction(async (tx) => {
    const plan = await resolveReferences(tx, actor, input, null);
    const article = await tx.article.create({
      data: { ...contentData(input, plan.slug), status: "DRAFT", createdById: actor.id, lastEditedById: actor.id },
      select: savedSelect,
    });
    await writeRelations(tx, article.id, plan);
    await addRevision(tx, article.id, article.version, snapshot(input, plan.slug, "DRAFT"), actor.id, "create", false);
    await audit(tx, actor.id, "article.create", article.id, { headline: input.headline });
    return { ...article, invalidate: await changeTags(tx, null, article.id) };
  });
}

/** Saves the content of an article that the user last saw at `expectedVersion`. */
export async function saveArticle(actorOrNull: Actor | null, id: number, expectedVersion: number, input: ArticleInput, reason = "save"): Promise<Saved> {
  const actor = requireActor(actorOrNull);
  return db().$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    if (current.deletedAt || !canEditArticle(actor, current)) {
      // Someone else's article looks the same as a missing one to a writer, unless they can see it.
      if (!canEditArticle(actor, current)) throw new EditorialError("You cannot edit this article.", "forbidden");
      throw new EditorialError("This article has been deleted.", "not_found");
    }
    if (!canEditContent(actor, current)) throw new EditorialError("Only an editor can change an article once it is scheduled or published.", "forbidden");
    checkVersion(current, expectedVersion);
    const before = await readOneArticleFacts(tx, id);
    const plan = await resolveReferences(tx, actor, input, id);
    if (plan.slug !== current.slug && current.publishedAt) {
      // Readers may have the old URL: keep it so it redirects.
      await tx.slugHistory.upsert({ where: { articleId_slug: { articleId: id, slug: current.slug } }, create: { articleId: id, slug: current.slug }, update: {} });
    }
    await tx.slugHistory.deleteMany({ where: { articleId: id, slug: plan.slug } });
    const saved = await tx.article.update({
      where: { id },
      data: { ...contentData(input, plan.slug), version: { increment: 1 }, lastEditedById: actor.id },
      select: savedSelect,
    });
    await writeRelations(tx, id, plan);
    await addRevision(tx, id, saved.version, snapshot(input, plan.slug, saved.status), actor.id, reason, saved.status === "PUBLISHED");
    if (plan.slug !== current.slug) await audit(tx, actor.id, "article.slug", id, { from: current.slug, to: plan.slug });
    return { ...saved, invalidate: await changeTags(tx, before, id) };
  });
}

/** Earliest schedule time accepted: a little ahead of now, so "now" is not a schedule. */
export const MIN_SCHEDULE_LEAD_MS = 60_000;

/** A workflow move (submit, publish, schedule …) on the version the user saw. */
export async function moveArticle(actorOrNull: Actor | null, id: number, expectedVersion: number, action: WorkflowAction, options: { at?: Date; now?: Date } = {}): Promise<Saved> {
  const actor = requireActor(actorOrNull);
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    if (!canEditArticle(actor, current)) throw new EditorialError("You cannot change this article.", "forbidden");
    if (current.deletedAt) throw new EditorialError("This article has been deleted.", "not_found");
    const check = checkMove(actor, current, action);
    if (!check.ok) throw new EditorialError(check.message, check.reason);
    checkVersion(current, expectedVersion);
    const before = await readOneArticleFacts(tx, id);
    const data: Prisma.ArticleUncheckedUpdateInput = { status: check.move.to, version: { increment: 1 }, lastEditedById: actor.id };
    if (action === "publish") {
      data.publishedAt = current.publishedAt && current.status !== "SCHEDULED" ? current.publishedAt : now;
      data.scheduledAt = null;
    } else if (action === "schedule") {
      if (!options.at || Number.isNaN(options.at.getTime())) throw new EditorialError("Choose a date and time to publish.", "invalid", { form: "Choose a date and time" });
      if (options.at.getTime() < now.getTime() + MIN_SCHEDULE_LEAD_MS) throw new EditorialError("The publish time must be in the future (at least a minute from now).", "invalid", { form: "The publish time is in the past" });
      if (options.at.getFullYear() > now.getFullYear() + 5) throw new EditorialError("The publish time is too far in the future.", "invalid", { form: "Too far ahead" });
      data.scheduledAt = options.at;
    } else if (action === "unschedule") {
      data.scheduledAt = null;
    }
    const saved = await tx.article.update({ where: { id }, data, select: savedSelect });
    if (action === "publish") await markLatestRevisionPublished(tx, id);
    if (check.move.audit) await audit(tx, actor.id, check.move.audit, id, { from: current.status, to: saved.status, ...(saved.scheduledAt ? { at: saved.scheduledAt.toISOString() } : {}) });
    return { ...saved, invalidate: await changeTags(tx, before, id) };
  });
}

async function markLatestRevisionPublished(tx: Tx, articleId: number) {
  const latest = await tx.revision.findFirst({ where: { articleId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
  if (latest) await tx.revision.update({ where: { id: latest.id }, data: { published: true } });
}

/** Soft delete: the article leaves the site and the list; an admin can restore it. */
export async function deleteArticle(actorOrNull: Actor | null, id: number, expectedVersion: number): Promise<Saved> {
  const actor = requireActor(actorOrNull);
  return db().$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    if (!canDeleteArticle(actor, current)) throw new EditorialError(canEditArticle(actor, current) ? "Only an editor can delete an article that has been published or scheduled." : "You cannot delete this article.", "forbidden");
    if (current.deletedAt) throw new EditorialError("This article is already deleted.", "invalid");
    checkVersion(current, expectedVersion);
    const before = await readOneArticleFacts(tx, id);
    const saved = await tx.article.update({ where: { id }, data: { deletedAt: new Date(), version: { increment: 1 }, lastEditedById: actor.id }, select: savedSelect });
    await audit(tx, actor.id, "article.delete", id, { status: current.status });
    return { ...saved, invalidate: await changeTags(tx, before, id) };
  });
}

/**
 * Restore (admins): the article comes back, but never straight onto the site — a published one
 * returns unpublished and a scheduled one as a draft, for an editor to release again.
 */
export async function restoreArticle(actorOrNull: Actor | null, id: number): Promise<Saved> {
  const actor = requireActor(actorOrNull);
  if (!canRestoreArticle(actor)) throw new EditorialError("Only an admin can restore deleted articles.", "forbidden");
  return db().$transaction(async (tx) => {
    const current = await lockArticle(tx, id);
    if (!current.deletedAt) throw new EditorialError("This article is not deleted.", "invalid");
    const slugTaken = await tx.article.findFirst({ where: { id: { not: id }, deletedAt: null, slug: current.slug }, select: { id: true } });
    const status = (current.status === "PUBLISHED" ? "UNPUBLISHED" : current.status === "SCHEDULED" ? "DRAFT" : current.status) as "DRAFT" | "IN_REVIEW" | "UNPUBLISHED";
    const saved = await tx.article.update({
      where: { id },
      data: { deletedAt: null, status, scheduledAt: null, version: { increment: 1 }, lastEditedById: actor.id, ...(slugTaken ? { slug: `${current.slug}-${id}` } : {}) },
      select: savedSelect,
    });
    await audit(tx, actor.id, "article.restore", id, { status });
    // Never live after a restore, and not live while deleted: nothing public changes.
    return { ...saved, invalidate: [] };
  });
}

/** Publishes every scheduled article that is due. Safe to run from any number of instances at
 *  once: due rows are claimed with FOR UPDATE SKIP LOCKED and re-checked, so each is published
 *  exactly once. Returns the ids this call published. */
export async function publishDueArticles(now: Date = new Date(), limit = 100): Promise<number[]> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: number; scheduledAt: Date; publishedAt: Date | null }[]>`
      SELECT id, "scheduledAt", "publishedAt" FROM "Article"
      WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${now} AND "deletedAt" IS NULL
      ORDER BY "scheduledAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED`;
    for (const row of due) {
      await tx.article.update({ where: { id: row.id }, data: { status: "PUBLISHED", publishedAt: row.publishedAt ?? row.scheduledAt, scheduledAt: null, version: { increment: 1 } } });
      await markLatestRevisionPublished(tx, row.id);
      await audit(tx, null, "article.publish", row.id, { from: "SCHEDULED", to: "PUBLISHED", by: "scheduler", due: row.scheduledAt.toISOString() });
    }
    return due.map((r) => r.id);
  });
}
