// Reader account forms: one zod schema per form, used by the form in the browser and again by its
// server action. The common-password list is checked on the server only (it stays out of the
// browser bundle); everything else is checked in both places with the same messages.
import { z } from "zod";

export const EMAIL_MAX = 254;
export const NAME_MAX = 80;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 128;

export const PASSWORD_RULES = [
  `At least ${PASSWORD_MIN} characters (at most ${PASSWORD_MAX}). A few unrelated words make a strong, memorable password.`,
  "Not a password that appears in lists of common or leaked passwords, even with digits or symbols added.",
  "Not your email address.",
] as const;

// No control characters (PostgreSQL refuses NUL, and no real name or address has them).
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const HAS_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * NFKC folds compatibility forms (fullwidth letters, ligatures, circled letters) into their plain
 * equivalents, so `ｒｅａｄｅｒ@ｅｘａｍｐｌｅ.org` and `reader@example.org` are one address.
 */
export function normalizeEmail(raw: string): string {
  return raw.normalize("NFKC").replace(CONTROL, "").trim().toLowerCase();
}

// After NFKC, addresses must be plain ASCII: internationalised local parts can mix scripts into
// look-alikes (Cyrillic "а" for Latin "a"), and we cannot verify IDN domains, so both are refused.
const LOCAL = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

export function emailProblem(email: string): string | null {
  if (!email) return "Enter your email address.";
  if (email.length > EMAIL_MAX) return `Email addresses are at most ${EMAIL_MAX} characters.`;
  if (/[^\x00-\x7f]/.test(email)) return "Use an address written in plain Latin letters, digits and punctuation; addresses with other scripts are not supported.";
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > 64 || !LOCAL.test(local) || !DOMAIN.test(domain)) return "Enter a valid email address, like name@example.org.";
  return null;
}

export const emailSchema = z
  .string({ error: "Enter your email address." })
  .max(1000, `Email addresses are at most ${EMAIL_MAX} characters.`)
  .transform(normalizeEmail)
  .superRefine((email, ctx) => {
    const problem = emailProblem(email);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

export const nameSchema = z
  .string({ error: "Enter your name." })
  .max(1000, `Names are at most ${NAME_MAX} characters.`)
  .transform((v) => v.normalize("NFKC").replace(CONTROL, "").replace(/\s+/g, " ").trim())
  .pipe(z.string().min(1, "Enter your name.").max(NAME_MAX, `Names are at most ${NAME_MAX} characters.`));

export const newPasswordSchema = z
  .string({ error: "Choose a password." })
  .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters.`)
  .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`)
  .refine((v) => !HAS_CONTROL.test(v) && !/^(.)\1*$/.test(v), "Passwords cannot be one character repeated or contain control characters.");

/** The current password, when a form asks for it to confirm a change. */
export const currentPasswordSchema = z.string({ error: "Enter your password." }).min(1, "Enter your password.").max(1024, "Wrong password.");

const notEmail = (data: { email: string; password: string }) => data.password.toLowerCase() !== data.email && data.password.toLowerCase() !== data.email.split("@")[0];

export const signUpSchema = z
  .object({ email: emailSchema, name: nameSchema, password: newPasswordSchema })
  .refine(notEmail, { path: ["password"], message: "Your password cannot be your email address." });

export const requestResetSchema = z.object({ email: emailSchema });

// Tokens are 32 random bytes in base64url.
export const tokenSchema = z.string({ error: "This link is not valid." }).regex(/^[A-Za-z0-9_-]{43}$/, "This link is not valid. Copy the whole link from the email.");

export const resetPasswordSchema = z.object({ token: tokenSchema, password: newPasswordSchema });
export const verifyEmailSchema = z.object({ token: tokenSchema });

export const changeNameSchema = z.object({ name: nameSchema });
export const changeEmailSchema = z.object({ email: emailSchema, currentPassword: currentPasswordSchema });
export const changePasswordSchema = z.object({ currentPassword: currentPasswordSchema, password: newPasswordSchema });
export const deleteAccountSchema = z.object({ currentPassword: currentPasswordSchema, confirm: z.literal("on", { error: "Tick the box to confirm." }) });

const id = z.coerce.number({ error: "Unknown item." }).int("Unknown item.").positive("Unknown item.").max(2_147_483_647, "Unknown item.");

export const bookmarkSchema = z.object({ articleId: id, saved: z.boolean() });

export const FOLLOW_KINDS = ["section", "tag", "author"] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];
export const followSchema = z.object({ kind: z.enum(FOLLOW_KINDS, { error: "Unknown item." }), id, following: z.boolean() });

/** Field errors from a failed parse, first message per field; form-level ones under "form". */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    out[key] ??= issue.message;
  }
  return out;
}
