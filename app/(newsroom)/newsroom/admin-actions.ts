"use server";
// Server actions for users, sections, tags and restoring deleted articles. Each checks the
// session itself and the data layer checks the role again; input is parsed with zod; results
// are FormState objects shown beside the form (useActionState), so forms work without JavaScript.
import { revalidatePath } from "next/cache";
import { invalidateTags } from "@/lib/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { canAccessNewsroom, canManageSections, canManageTags, canManageUsers, canRestoreArticle, type Actor } from "@/lib/permissions";
import { AdminError, changeRole, createSection, createUser, deleteSection, deleteTag, renameTag, resetPassword, setDisabled, updateSection } from "@/lib/data/admin";
import { EditorialError, restoreArticle } from "@/lib/data/editorial";
import { createUserSchema, issuesByField, resetPasswordSchema, sectionSchema, sectionUpdateSchema, tagIdSchema, tagRenameSchema, updateUserSchema, userIdSchema, type FormState } from "@/lib/validations/admin";
import type { z } from "zod";

const form = (data: FormData) => Object.fromEntries([...data.entries()].filter(([, v]) => typeof v === "string"));

async function handle<S extends z.ZodType>(allowed: (user: Actor) => boolean, who: string, schema: S, data: FormData, path: string, done: string, fn: (user: NonNullable<Awaited<ReturnType<typeof getCurrentUser>>>, input: z.output<S>) => Promise<unknown>): Promise<FormState> {
  const user = await getCurrentUser();
  if (!user) return { ok: false, message: "Your session has ended. Sign in again." };
  if (!canAccessNewsroom(user)) return { ok: false, message: "You do not have access to the newsroom." };
  // The role first, before anything the request carries is even parsed.
  if (!allowed(user)) return { ok: false, message: `Only ${who} can do this.` };
  if (!(data instanceof FormData)) return { ok: false, message: "This form was not sent as a form; reload the page and try again." };
  const raw = form(data);
  const values = Object.fromEntries(Object.entries(raw).filter(([k]) => k !== "password").map(([k, v]) => [k, String(v).slice(0, 1000)]));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) return { ok: false, message: "Please correct the marked fields.", fields: issuesByField(parsed.error), values };
  try {
    const result = await fn(user, parsed.data);
    // Data-layer writes name the cached public pages they changed.
    if (result && typeof result === "object" && "invalidate" in result && Array.isArray(result.invalidate)) invalidateTags(result.invalidate as string[]);
  } catch (error) {
    if (error instanceof AdminError || error instanceof EditorialError) return { ok: false, message: error.message, fields: error instanceof AdminError ? error.fields : undefined, values };
    console.error("newsroom admin action failed", error);
    return { ok: false, message: "That did not work because of a server problem; nothing was changed. Try again." };
  }
  revalidatePath(path);
  return { ok: true, message: done };
}

export async function createUserAction(_: FormState, data: FormData) {
  return handle(canManageUsers, "admins", createUserSchema, data, "/newsroom/users", "Account created.", (u, i) => createUser(u, i));
}
export async function changeRoleAction(_: FormState, data: FormData) {
  return handle(canManageUsers, "admins", updateUserSchema, data, "/newsroom/users", "Role changed; their sessions were signed out.", (u, i) => changeRole(u, i.id, i.role));
}
export async function disableUserAction(_: FormState, data: FormData) {
  return handle(canManageUsers, "admins", userIdSchema, data, "/newsroom/users", "Account disabled; their sessions were signed out.", (u, i) => setDisabled(u, i.id, true));
}
export async function enableUserAction(_: FormState, data: FormData) {
  return handle(canManageUsers, "admins", userIdSchema, data, "/newsroom/users", "Account enabled.", (u, i) => setDisabled(u, i.id, false));
}
export async function resetPasswordAction(_: FormState, data: FormData) {
  return handle(canManageUsers, "admins", resetPasswordSchema, data, "/newsroom/users", "Password set; their sessions were signed out.", (u, i) => resetPassword(u, i.id, i.password));
}
export async function createSectionAction(_: FormState, data: FormData) {
  return handle(canManageSections, "admins", sectionSchema, data, "/newsroom/sections", "Section created.", (u, i) => createSection(u, i));
}
export async function updateSectionAction(_: FormState, data: FormData) {
  return handle(canManageSections, "admins", sectionUpdateSchema, data, "/newsroom/sections", "Section saved.", (u, i) => updateSection(u, i.id, i));
}
export async function deleteSectionAction(_: FormState, data: FormData) {
  return handle(canManageSections, "admins", userIdSchema, data, "/newsroom/sections", "Section deleted.", (u, i) => deleteSection(u, i.id));
}
export async function renameTagAction(_: FormState, data: FormData) {
  return handle(canManageTags, "editors and admins", tagRenameSchema, data, "/newsroom/tags", "Tag renamed.", (u, i) => renameTag(u, i.id, i.name));
}
export async function deleteTagAction(_: FormState, data: FormData) {
  return handle(canManageTags, "editors and admins", tagIdSchema, data, "/newsroom/tags", "Tag deleted.", (u, i) => deleteTag(u, i.id));
}
export async function restoreArticleFormAction(_: FormState, data: FormData) {
  return handle(canRestoreArticle, "admins", userIdSchema, data, "/newsroom/deleted", "Article restored (as unpublished or draft).", (u, i) => restoreArticle(u, i.id));
}
