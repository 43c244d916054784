// Newsroom administration forms (users, sections, tags): one schema each, used by the server
// actions and shown beside the fields.
import { z } from "zod";

export const ROLES = ["ADMIN", "EDITOR", "WRITER", "READER"] as const;
const id = z.coerce.number({ error: "Unknown item" }).int("Unknown item").positive("Unknown item").max(2_147_483_647, "Unknown item");
const slug = z
  .string()
  .trim()
  .max(60, "Keep the slug under 60 characters")
  .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lower-case letters, digits and single hyphens");

export const password = z.string().min(12, "At least 12 characters").max(1024, "At most 1024 characters");

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "At most 254 characters").pipe(z.email("Enter an email address")),
  name: z.string().trim().min(1, "Enter a name").max(120, "At most 120 characters"),
  role: z.enum(ROLES, { error: "Choose a role" }),
  password,
});

export const updateUserSchema = z.object({ id, role: z.enum(ROLES, { error: "Choose a role" }) });
export const userIdSchema = z.object({ id });
export const resetPasswordSchema = z.object({ id, password });

export const sectionSchema = z.object({
  name: z.string().trim().min(1, "Enter a name").max(60, "At most 60 characters"),
  /** The name in the Russian edition; empty: the English name is shown there. */
  nameRu: z.string().trim().max(60, "At most 60 characters").optional().default(""),
  slug,
  description: z.string().trim().max(300, "At most 300 characters"),
  position: z.coerce.number({ error: "Enter a number" }).int("Enter a whole number").min(0, "0 or more").max(1000, "At most 1000"),
});
export const sectionUpdateSchema = sectionSchema.extend({ id });

export const tagRenameSchema = z.object({ id, name: z.string().trim().min(1, "Enter a name").max(60, "At most 60 characters") });
export const tagIdSchema = z.object({ id });

/** What a form action answers; `values` echo what was typed (never passwords) so a failed form keeps it. */
export type FormState = { ok: boolean; message: string; fields?: Record<string, string>; values?: Record<string, string> } | null;

/** First message per field. */
export function issuesByField(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[String(issue.path[0] ?? "form")] ??= issue.message;
  return out;
}

/** The schemas by name, so a client form can run the same one before sending (see ActionForm). */
export const ADMIN_FORM_SCHEMAS = {
  createUser: createUserSchema,
  updateUser: updateUserSchema,
  userId: userIdSchema,
  resetPassword: resetPasswordSchema,
  section: sectionSchema,
  sectionUpdate: sectionUpdateSchema,
  tagRename: tagRenameSchema,
  tagId: tagIdSchema,
} as const;
export type AdminFormSchema = keyof typeof ADMIN_FORM_SCHEMAS;
