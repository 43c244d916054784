// Newsroom administration: users (admins), sections (admins) and tags (editors and admins).
// Each function checks the actor's permission itself and writes its audit entry in the same
// transaction as the change.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { slugify } from "@/lib/urls";
import { canManageSections, canManageTags, canManageUsers, type Actor, type Role } from "@/lib/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TAG, inAllEditions } from "@/lib/cache-tags";
import { likeLiteral } from "@/lib/data/like";
import { tagsForArticles } from "@/lib/data/cache-facts";

export class AdminError extends Error {
  constructor(
    message: string,
    readonly code: "unauthorized" | "forbidden" | "not_found" | "invalid",
    readonly fields: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Tx = Prisma.TransactionClient;

/** First path segments the site itself uses; a section cannot take them. */
export const RESERVED_SLUGS = new Set([
  "ru", "en", "news", "tags", "authors", "search", "about", "newsroom", "preview", "api", "media", "sitemaps", "signin", "signup", "signout",
  "account", "saved", "my-feed", "feed", "verify", "reset-password", "forgot-password", "og", "static", "_next", "feed-xml", "atom-xml",
]);

function need(actor: Actor | null, allowed: (a: Actor | null) => boolean, what: string): Actor {
  if (!actor) throw new AdminError("Your session has ended. Sign in again.", "unauthorized");
  if (!allowed(actor)) throw new AdminError(`Only ${what} can do this.`, "forbidden");
  return actor;
}

async function audit(tx: Tx, actorId: number, action: string, entityType: string, entityId: number, details: object) {
  await tx.auditEvent.create({ data: { actorId, action, entityType, entityId: String(entityId), details: details as Prisma.InputJsonValue } });
}

// ---- Users --------------------------------------------------------------------------------

/** Accounts for the users page: text search over name and email, a role filter, paged. */
export async function listUsers(filter: { q?: string; role?: Role; page?: number; pageSize?: number } = {}) {
  const { q = "", role, page = 1, pageSize = 50 } = filter;
  const where: Prisma.UserWhereInput = {
    ...(role ? { role } : {}),
    ...(q ? { OR: [{ name: { contains: likeLiteral(q), mode: "insensitive" } }, { email: { contains: likeLiteral(q), mode: "insensitive" } }] } : {}),
  };
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      orderBy: [{ role: "asc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, _count: { select: { articles: true } } },
    }),
  ]);
  return { total, users };
}

async function uniqueUserSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name, 60) || "author";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.user.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

export async function createUser(actorOrNull: Actor | null, input: { email: string; name: string; role: Role; password: string }) {
  const actor = need(actorOrNull, canManageUsers, "admins");
  const passwordHash = await hashPassword(input.password);
  return db().$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) throw new AdminError("Please correct the marked fields.", "invalid", { email: "An account with this email already exists" });
    const user = await tx.user.create({ data: { email: input.email, name: input.name, role: input.role, passwordHash, slug: await uniqueUserSlug(tx, input.name) }, select: { id: true } });
    await audit(tx, actor.id, "user.create", "user", user.id, { email: input.email, role: input.role });
    return user;
  });
}

async function lockUser(tx: Tx, id: number) {
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${id} FOR UPDATE`;
  const user = await tx.user.findUnique({ where: { id }, select: { id: true, role: true, disabledAt: true, email: true, slug: true } });
  if (!user) throw new AdminError("This user does not exist.", "not_found");
  return user;
}

/** Changes a role; the user's sessions end at once (session version bump). */
export async function changeRole(actorOrNull: Actor | null, id: number, role: Role) {
  const actor = need(actorOrNull, canManageUsers, "admins");
  if (id === actor.id) throw new AdminError("You cannot change your own role; ask another admin.", "invalid");
  return db().$transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (user.role === role) return { ...user, invalidate: [] };
    await tx.user.update({ where: { id }, data: { role, sessionVersion: { increment: 1 } } });
    await audit(tx, actor.id, "user.role", "user", id, { from: user.role, to: role });
    // Only staff have an author page: a role change can open or close it.
    return { ...user, invalidate: [...inAllEditions(TAG.author(user.slug)), TAG.sitemaps] };
  });
}

/** Disables (or re-enables) an account; a disabled user's sessions end at once. */
export async function setDisabled(actorOrNull: Actor | null, id: number, disabled: boolean) {
  const actor = need(actorOrNull, canManageUsers, "admins");
  if (id === actor.id) throw new AdminError("You cannot disable your own account.", "invalid");
  return db().$transaction(async (tx) => {
    const user = await lockUser(tx, id);
    if (Boolean(user.disabledAt) === disabled) return { ...user, invalidate: [] };
    await tx.user.update({ where: { id }, data: { disabledAt: disabled ? new Date() : null, sessionVersion: { increment: 1 } } });
    await audit(tx, actor.id, disabled ? "user.disable" : "user.enable", "user", id, { email: user.email });
    // A disabled author's page answers 404 and leaves the authors sitemap; bylines stay.
    return { ...user, invalidate: [...inAllEditions(TAG.author(user.slug)), TAG.sitemaps] };
  });
}

/** Sets a new password chosen by an admin; the user's sessions end at once. */
export async function resetPassword(actorOrNull: Actor | null, id: number, password: string) {
  const actor = need(actorOrNull, canManageUsers, "admins");
  const passwordHash = await hashPassword(password);
  return db().$transaction(async (tx) => {
    await lockUser(tx, id);
    await tx.user.update({ where: { id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await audit(tx, actor.id, "user.password", "user", id, {});
  });
}

// ---- Sections -----------------------------------------------------------------------------

export async function listSectionsForAdmin() {
  return db().section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, nameRu: true, slug: true, description: true, position: true, _count: { select: { articles: true } } } });
}

type SectionInput = { name: string; nameRu?: string; slug: string; description: string; position: number };

async function checkSectionSlug(tx: Tx, slug: string, id: number | null) {
  if (!slug) throw new AdminError("Please correct the marked fields.", "invalid", { slug: "The slug needs at least one letter or digit" });
  if (RESERVED_SLUGS.has(slug)) throw new AdminError("Please correct the marked fields.", "invalid", { slug: `“${slug}” is used by the site itself` });
  const clash = await tx.section.findFirst({ where: { slug, id: id === null ? undefined : { not: id } }, select: { name: true } });
  if (clash) throw new AdminError("Please correct the marked fields.", "invalid", { slug: `Already used by the section “${clash.name}”` });
}

export async function createSection(actorOrNull: Actor | null, input: SectionInput) {
  const actor = need(actorOrNull, canManageSections, "admins");
  const slug = input.slug || slugify(input.name, 60);
  return db().$transaction(async (tx) => {
    await checkSectionSlug(tx, /[\p{L}\p{N}]/u.test(input.slug || input.name) ? slug : "", null);
    const section = await tx.section.create({ data: { name: input.name, nameRu: input.nameRu || null, slug, description: input.description || null, position: input.position }, select: { id: true } });
    await audit(tx, actor.id, "section.create", "section", section.id, { name: input.name, slug });
    return { ...section, invalidate: [TAG.sections, ...inAllEditions(TAG.section(slug)), TAG.sitemaps] };
  });
}

export async function updateSection(actorOrNull: Actor | null, id: number, input: SectionInput) {
  const actor = need(actorOrNull, canManageSections, "admins");
  return db().$transaction(async (tx) => {
    const current = await tx.section.findUnique({ where: { id } });
    if (!current) throw new AdminError("This section does not exist.", "not_found");
    const slug = input.slug || current.slug;
    await checkSectionSlug(tx, slug, id);
    await tx.section.update({ where: { id }, data: { name: input.name, nameRu: input.nameRu || null, slug, description: input.description || null, position: input.position } });
    await audit(tx, actor.id, "section.update", "section", id, { from: { name: current.name, slug: current.slug }, to: { name: input.name, slug } });
    // A section's name is on every story card and in the navigation of every page.
    return { invalidate: [TAG.site] };
  });
}

/** Deletes an empty section; one that holds articles (even deleted ones) is refused. */
export async function deleteSection(actorOrNull: Actor | null, id: number) {
  const actor = need(actorOrNull, canManageSections, "admins");
  return db().$transaction(async (tx) => {
    const section = await tx.section.findUnique({ where: { id }, select: { name: true, slug: true, _count: { select: { articles: true } } } });
    if (!section) throw new AdminError("This section does not exist.", "not_found");
    if (section._count.articles) throw new AdminError(`“${section.name}” still holds ${section._count.articles} article(s); move them to another section first.`, "invalid");
    await tx.section.delete({ where: { id } });
    await audit(tx, actor.id, "section.delete", "section", id, { name: section.name });
    return { invalidate: [TAG.sections, ...inAllEditions(TAG.section(section.slug)), TAG.sitemaps] };
  });
}

// ---- Tags ---------------------------------------------------------------------------------

export async function listTagsForAdmin(q: string, page: number, pageSize = 50) {
  const where: Prisma.TagWhereInput = q ? { name: { contains: likeLiteral(q), mode: "insensitive" } } : {};
  const [total, tags] = await Promise.all([
    db().tag.count({ where }),
    db().tag.findMany({ where, orderBy: [{ name: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize, select: { id: true, name: true, slug: true, _count: { select: { articles: true } } } }),
  ]);
  return { total, tags };
}

/** Renames a tag; its URL (slug) stays, so links keep working. */
export async function renameTag(actorOrNull: Actor | null, id: number, name: string) {
  const actor = need(actorOrNull, canManageTags, "editors and admins");
  return db().$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id }, select: { name: true, slug: true } });
    if (!tag) throw new AdminError("This tag does not exist.", "not_found");
    await tx.tag.update({ where: { id }, data: { name } });
    await audit(tx, actor.id, "tag.rename", "tag", id, { from: tag.name, to: name });
    // The name shows on the tag page and on (and in the feeds of) every live story carrying it.
    return { invalidate: [...inAllEditions(TAG.tag(tag.slug)), ...(await tagsForArticles(tx, { tags: { some: { tagId: id } } }))] };
  });
}

/** Deletes a tag and removes it from every article. */
export async function deleteTag(actorOrNull: Actor | null, id: number) {
  const actor = need(actorOrNull, canManageTags, "editors and admins");
  return db().$transaction(async (tx) => {
    const tag = await tx.tag.findUnique({ where: { id }, select: { name: true, slug: true, _count: { select: { articles: true } } } });
    if (!tag) throw new AdminError("This tag does not exist.", "not_found");
    const invalidate = [...inAllEditions(TAG.tag(tag.slug)), ...(await tagsForArticles(tx, { tags: { some: { tagId: id } } }))];
    await tx.articleTag.deleteMany({ where: { tagId: id } });
    await tx.tag.delete({ where: { id } });
    await audit(tx, actor.id, "tag.delete", "tag", id, { name: tag.name, articles: tag._count.articles });
    return { invalidate };
  });
}
