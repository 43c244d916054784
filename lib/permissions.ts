// Every yes/no question about what a user may do, in one place. Pages, server actions and route
// handlers all ask here; nothing else compares roles.
export type Role = "ADMIN" | "EDITOR" | "WRITER" | "READER";
export type Actor = { id: number; role: Role };

const STAFF: readonly Role[] = ["ADMIN", "EDITOR", "WRITER"];

export function canAccessNewsroom(user: Actor | null): boolean {
  return Boolean(user && STAFF.includes(user.role));
}

/** Editors and admins see every article in the newsroom; writers see their own. */
export function canSeeAllArticles(user: Actor | null): boolean {
  return user?.role === "ADMIN" || user?.role === "EDITOR";
}

export function canCreateArticle(user: Actor | null): boolean {
  return canAccessNewsroom(user);
}

/** Writers may edit only articles they are a byline author or creator of. */
export function canEditArticle(user: Actor | null, article: { createdById: number | null; authorIds: number[] }): boolean {
  if (!user) return false;
  if (canSeeAllArticles(user)) return true;
  return user.role === "WRITER" && (article.createdById === user.id || article.authorIds.includes(user.id));
}

export function canPublish(user: Actor | null): boolean {
  return canSeeAllArticles(user);
}

export function canManageTags(user: Actor | null): boolean {
  return canSeeAllArticles(user);
}

export function canManageSections(user: Actor | null): boolean {
  return user?.role === "ADMIN";
}

export function canManageUsers(user: Actor | null): boolean {
  return user?.role === "ADMIN";
}

export function canViewAuditLog(user: Actor | null): boolean {
  return user?.role === "ADMIN";
}

export type ArticleAccess = { createdById: number | null; authorIds: number[]; status: string; publishedAt?: Date | null };

/** Writers change their own work only before it is live; editors and admins change anything. */
export function canEditContent(user: Actor | null, article: ArticleAccess): boolean {
  if (!canEditArticle(user, article)) return false;
  return canPublish(user) || ["DRAFT", "IN_REVIEW", "UNPUBLISHED"].includes(article.status);
}

/** New tags from the editor: editors and admins; writers pick from existing tags. */
export function canCreateTags(user: Actor | null): boolean {
  return canManageTags(user);
}

/** Soft delete: editors and admins; a writer only their own article that was never published. */
export function canDeleteArticle(user: Actor | null, article: ArticleAccess): boolean {
  if (canPublish(user)) return true;
  return canEditArticle(user, article) && !article.publishedAt && article.status !== "PUBLISHED" && article.status !== "SCHEDULED";
}

export function canRestoreArticle(user: Actor | null): boolean {
  return user?.role === "ADMIN";
}

/** Every staff role may add to the media library. */
export function canUploadMedia(user: Actor | null): boolean {
  return canAccessNewsroom(user);
}

/** Alt text, caption, credit and source: the uploader, or any editor or admin. */
export function canEditMedia(user: Actor | null, media: { uploadedById: number | null }): boolean {
  if (!canAccessNewsroom(user)) return false;
  return canSeeAllArticles(user) || (media.uploadedById !== null && media.uploadedById === user!.id);
}

/** Removing a file (only while nothing uses it): the same people who may edit it. */
export function canDeleteMedia(user: Actor | null, media: { uploadedById: number | null }): boolean {
  return canEditMedia(user, media);
}
