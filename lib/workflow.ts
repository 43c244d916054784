// The publishing workflow: which moves exist, from which states, and who may make them.
// DRAFT → IN_REVIEW → SCHEDULED or PUBLISHED → UNPUBLISHED (and back into the flow).
import { canEditArticle, canPublish, type Actor, type ArticleAccess } from "@/lib/permissions";

export type ArticleStatus = "DRAFT" | "IN_REVIEW" | "SCHEDULED" | "PUBLISHED" | "UNPUBLISHED";
export const WORKFLOW_ACTIONS = ["submit", "withdraw", "publish", "schedule", "unschedule", "unpublish"] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

type Move = { from: readonly ArticleStatus[]; to: ArticleStatus; editorsOnly: boolean; label: string; audit: string | null };

export const MOVES: Record<WorkflowAction, Move> = {
  submit: { from: ["DRAFT", "UNPUBLISHED"], to: "IN_REVIEW", editorsOnly: false, label: "Submit for review", audit: "article.submit" },
  withdraw: { from: ["IN_REVIEW"], to: "DRAFT", editorsOnly: false, label: "Back to draft", audit: null },
  publish: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"], to: "PUBLISHED", editorsOnly: true, label: "Publish now", audit: "article.publish" },
  schedule: { from: ["DRAFT", "IN_REVIEW", "SCHEDULED", "UNPUBLISHED"], to: "SCHEDULED", editorsOnly: true, label: "Schedule", audit: "article.schedule" },
  unschedule: { from: ["SCHEDULED"], to: "DRAFT", editorsOnly: true, label: "Cancel schedule", audit: "article.unschedule" },
  unpublish: { from: ["PUBLISHED"], to: "UNPUBLISHED", editorsOnly: true, label: "Unpublish", audit: "article.unpublish" },
};

export type MoveCheck = { ok: true; move: Move } | { ok: false; reason: "forbidden" | "invalid"; message: string };

export function checkMove(user: Actor | null, article: ArticleAccess, action: WorkflowAction): MoveCheck {
  const move = MOVES[action];
  if (!move) return { ok: false, reason: "invalid", message: "Unknown action" };
  if (!canEditArticle(user, article)) return { ok: false, reason: "forbidden", message: "You cannot change this article" };
  if (move.editorsOnly && !canPublish(user)) return { ok: false, reason: "forbidden", message: "Only editors can publish, schedule or unpublish" };
  if (!move.from.includes(article.status as ArticleStatus)) {
    return { ok: false, reason: "invalid", message: `A ${statusLabel(article.status).toLowerCase()} article cannot be moved with “${move.label}”` };
  }
  return { ok: true, move };
}

/** The moves this user can make now, for the editor's buttons. */
export function availableMoves(user: Actor | null, article: ArticleAccess): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((a) => checkMove(user, article, a).ok);
}

export function statusLabel(status: string): string {
  return { DRAFT: "Draft", IN_REVIEW: "In review", SCHEDULED: "Scheduled", PUBLISHED: "Published", UNPUBLISHED: "Unpublished" }[status] ?? status;
}
