"use server";
// The article editor's server actions. Each one checks the session itself (a fresh database
// check of the user, role and session version), validates its input with the same zod schema
// as the form, and leaves permissions to the data layer, which checks them again inside the
// transaction. Results are plain objects; input problems never throw to the client.
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { canAccessNewsroom, canEditArticle } from "@/lib/permissions";
import { createArticle, deleteArticle, EditorialError, moveArticle, restoreArticle, saveArticle, type Saved } from "@/lib/data/editorial";
import { articleFieldsSchema, fieldErrors, type FieldErrors } from "@/lib/validations/article";
import { WORKFLOW_ACTIONS } from "@/lib/workflow";
import { createPreviewToken } from "@/lib/preview";
import { restoreRevision } from "@/lib/data/revisions";
import { db } from "@/lib/db";
import { invalidateTags } from "@/lib/cache";
import { after } from "next/server";
import { notifyReviewers } from "@/lib/data/review-notice";

/** A refused stale save as the editor receives it (see Conflict in lib/data/editorial.ts). */
export type ConflictState = { by: string; at: string; version: number; theirs: { headline: string; standfirst: string; text: string } };
export type SavedState = { id: number; version: number; slug: string; status: string; updatedAt: string; publishedAt: string | null; scheduledAt: string | null };
export type ActionResult =
  | { ok: true; article: SavedState }
  | { ok: false; error: string; code: EditorialError["code"] | "server"; fields?: FieldErrors; conflict?: ConflictState };

const idSchema = z.number().int().positive().max(2_147_483_647);
const versionSchema = z.number().int().min(1).max(2_147_483_647);

function toState(s: Saved): SavedState {
  return {
    id: s.id,
    version: s.version,
    slug: s.slug,
    status: s.status,
    updatedAt: s.updatedAt.toISOString(),
    publishedAt: s.publishedAt?.toISOString() ?? null,
    scheduledAt: s.scheduledAt?.toISOString() ?? null,
  };
}

async function staff() {
  const user = await getCurrentUser();
  if (!user) throw new EditorialError("Your session has ended. Sign in again in another tab; your text is still here.", "unauthorized");
  if (!canAccessNewsroom(user)) throw new EditorialError("You do not have access to the newsroom.", "forbidden");
  return user;
}

async function run(fn: () => Promise<Saved>): Promise<ActionResult> {
  try {
    const saved = await fn();
    // Read-your-own-writes: the public pages this change touched are fresh on the next request.
    invalidateTags(saved.invalidate);
    return { ok: true, article: toState(saved) };
  } catch (error) {
    if (error instanceof EditorialError) {
      return {
        ok: false,
        error: error.message,
        code: error.code,
        fields: error.fields,
        conflict: error.conflict && { ...error.conflict, at: error.conflict.at.toISOString() },
      };
    }
    console.error("newsroom action failed", error);
    return { ok: false, code: "server", error: "The save did not go through because of a server problem. Your text is still here; try again." };
  }
}

/** Creates the article (id null) or saves it on top of `version`; `mode` "autosave" marks
 *  background saves (their revisions coalesce). */
export async function saveArticleAction(id: unknown, version: unknown, values: unknown, mode: unknown = "save"): Promise<ActionResult> {
  return run(async () => {
    const user = await staff();
    const parsed = articleFieldsSchema.safeParse(values);
    if (!parsed.success) throw new EditorialError("Please correct the marked fields.", "invalid", fieldErrors(parsed.error));
    if (id === null) return createArticle(user, parsed.data);
    const articleId = idSchema.safeParse(id);
    const expected = versionSchema.safeParse(version);
    if (!articleId.success || !expected.success) throw new EditorialError("This save names no valid article or version; reload the page.", "invalid");
    return saveArticle(user, articleId.data, expected.data, parsed.data, mode === "autosave" ? "autosave" : "save");
  });
}

const restoreSchema = z.object({ id: idSchema, version: versionSchema, revisionId: idSchema });

/** Restores an earlier revision (a new save on top of the version the user saw). */
export async function restoreRevisionAction(input: unknown): Promise<ActionResult> {
  return run(async () => {
    const user = await staff();
    const parsed = restoreSchema.safeParse(input);
    if (!parsed.success) throw new EditorialError("Unknown article, version or revision.", "invalid");
    return restoreRevision(user, parsed.data.id, parsed.data.revisionId, parsed.data.version);
  });
}

const moveSchema = z.object({ id: idSchema, version: versionSchema, action: z.enum(WORKFLOW_ACTIONS), at: z.iso.datetime({ offset: true }).optional() });

export async function moveArticleAction(input: unknown): Promise<ActionResult> {
  return run(async () => {
    const user = await staff();
    const parsed = moveSchema.safeParse(input);
    if (!parsed.success) throw new EditorialError(parsed.error.issues.some((i) => i.path[0] === "at") ? "Choose a valid date and time." : "Unknown article, version or action.", "invalid");
    const saved = await moveArticle(user, parsed.data.id, parsed.data.version, parsed.data.action, { at: parsed.data.at ? new Date(parsed.data.at) : undefined });
    if (parsed.data.action === "submit") {
      // After the response: the writer never waits on the mail server.
      after(() => notifyReviewers(saved.id, user.id).catch((error) => console.error("review notice failed", error)));
    }
    return saved;
  });
}

export async function deleteArticleAction(input: unknown): Promise<ActionResult> {
  return run(async () => {
    const user = await staff();
    const parsed = z.object({ id: idSchema, version: versionSchema }).safeParse(input);
    if (!parsed.success) throw new EditorialError("Unknown article or version.", "invalid");
    return deleteArticle(user, parsed.data.id, parsed.data.version);
  });
}

export async function restoreArticleAction(input: unknown): Promise<ActionResult> {
  return run(async () => {
    const user = await staff();
    const parsed = idSchema.safeParse(input);
    if (!parsed.success) throw new EditorialError("Unknown article.", "invalid");
    return restoreArticle(user, parsed.data);
  });
}

export type PreviewResult = { ok: true; url: string; expires: string } | { ok: false; error: string };

/** A signed preview link for an article this user may edit. */
export async function previewLinkAction(input: unknown): Promise<PreviewResult> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, error: "Your session has ended. Sign in again." };
  if (!canAccessNewsroom(user)) return { ok: false, error: "You do not have access to the newsroom." };
  const id = idSchema.safeParse(input);
  if (!id.success) return { ok: false, error: "Unknown article." };
  const article = await db().article.findFirst({ where: { id: id.data, deletedAt: null }, select: { createdById: true, authors: { select: { userId: true } } } });
  if (!article || !canEditArticle(user, { createdById: article.createdById, authorIds: article.authors.map((a) => a.userId) })) return { ok: false, error: "You cannot preview this article." };
  const { token, expires } = createPreviewToken(id.data);
  return { ok: true, url: `/preview/${token}`, expires: expires.toISOString() };
}
