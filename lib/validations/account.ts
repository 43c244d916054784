// Reader account forms: one zod schema per form, used by the form in the browser and again by its
// server action, with its messages in the form's edition (accountSchemas). The common-password list
// is checked on the server only (it stays out of the browser bundle); everything else is checked in
// both places with the same messages.
import { z } from "zod";
import type { Edition } from "@/lib/i18n/editions";
import { accountMessages } from "@/lib/i18n/account-messages";
import { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validations/account-limits";

export { EMAIL_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN };

/** The password rules as the sign-up and password forms spell them out (English; see passwordRules). */
export const PASSWORD_RULES = accountMessages("en").passwordRules;

export function passwordRules(edition: Edition): readonly string[] {
  return accountMessages(edition).passwordRules;
}

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

export function emailProblem(email: string, edition: Edition = "en"): string | null {
  const m = accountMessages(edition);
  if (!email) return m.emailRequired;
  if (email.length > EMAIL_MAX) return m.emailTooLong;
  if (/[^\x00-\x7f]/.test(email)) return m.emailNotLatin;
  const at = email.lastIndexOf("@");
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (at < 1 || local.length > 64 || !LOCAL.test(local) || !DOMAIN.test(domain)) return m.emailInvalid;
  return null;
}

const notEmail = (data: { email: string; password: string }) => data.password.toLowerCase() !== data.email && data.password.toLowerCase() !== data.email.split("@")[0];

// Every schema speaks the edition of the form that uses it: the browser builds the schemas of its
// page's edition, the server action those of the request's edition (proxy.ts, from the URL path).
// The rules are the same in every edition; only the messages differ.
function buildSchemas(edition: Edition) {
  const m = accountMessages(edition);
  const emailSchema = z
    .string({ error: m.emailRequired })
    .max(1000, m.emailTooLong)
    .transform(normalizeEmail)
    .superRefine((email, ctx) => {
      const problem = emailProblem(email, edition);
      if (problem) ctx.addIssue({ code: "custom", message: problem });
    });
  const nameSchema = z
    .string({ error: m.nameRequired })
    .max(1000, m.nameTooLong)
    .transform((v) => v.normalize("NFKC").replace(CONTROL, "").replace(/\s+/g, " ").trim())
    .pipe(z.string().min(1, m.nameRequired).max(NAME_MAX, m.nameTooLong));
  const newPasswordSchema = z
    .string({ error: m.passwordRequired })
    .min(PASSWORD_MIN, m.passwordTooShort)
    .max(PASSWORD_MAX, m.passwordTooLong)
    .refine((v) => !HAS_CONTROL.test(v) && !/^(.)\1*$/.test(v), m.passwordRepeated);
  /** The current password, when a form asks for it to confirm a change. */
  const currentPasswordSchema = z.string({ error: m.currentPasswordRequired }).min(1, m.currentPasswordRequired).max(1024, m.wrongPassword);
  // Tokens are 32 random bytes in base64url.
  const tokenSchema = z.string({ error: m.linkInvalid }).regex(/^[A-Za-z0-9_-]{43}$/, m.linkInvalidCopy);
  // A form always sends an object; anything else was not sent by our form.
  const obj = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: m.formInvalid });
  const id = z.coerce.number({ error: m.unknownItem }).int(m.unknownItem).positive(m.unknownItem).max(2_147_483_647, m.unknownItem);
  return {
    emailSchema,
    nameSchema,
    newPasswordSchema,
    currentPasswordSchema,
    tokenSchema,
    signUpSchema: obj({ email: emailSchema, name: nameSchema, password: newPasswordSchema }).refine(notEmail, { path: ["password"], message: m.passwordIsEmail }),
    requestResetSchema: obj({ email: emailSchema }),
    resetPasswordSchema: obj({ token: tokenSchema, password: newPasswordSchema }),
    verifyEmailSchema: obj({ token: tokenSchema }),
    changeNameSchema: obj({ name: nameSchema }),
    changeEmailSchema: obj({ email: emailSchema, currentPassword: currentPasswordSchema }),
    changePasswordSchema: obj({ currentPassword: currentPasswordSchema, password: newPasswordSchema }),
    deleteAccountSchema: obj({ currentPassword: currentPasswordSchema, confirm: z.literal("on", { error: m.tickToConfirm }) }),
    bookmarkSchema: obj({ articleId: id, saved: z.boolean({ error: m.unknownItem }) }),
    followSchema: obj({ kind: z.enum(FOLLOW_KINDS, { error: m.unknownItem }), id, following: z.boolean({ error: m.unknownItem }) }),
    /** For forms without fields (resend the confirmation link). */
    emptySchema: obj({}),
  };
}

export type AccountSchemas = ReturnType<typeof buildSchemas>;
export type AccountSchemaName = keyof AccountSchemas;

export const FOLLOW_KINDS = ["section", "tag", "author"] as const;
export type FollowKind = (typeof FOLLOW_KINDS)[number];

const built = new Map<Edition, AccountSchemas>();

/** The account schemas with the messages of `edition`, built once per edition. */
export function accountSchemas(edition: Edition): AccountSchemas {
  let schemas = built.get(edition);
  if (!schemas) {
    schemas = buildSchemas(edition);
    built.set(edition, schemas);
  }
  return schemas;
}

// The English schemas under their own names, for code that has no edition (tests, scripts).
export const {
  emailSchema,
  nameSchema,
  newPasswordSchema,
  currentPasswordSchema,
  tokenSchema,
  signUpSchema,
  requestResetSchema,
  resetPasswordSchema,
  verifyEmailSchema,
  changeNameSchema,
  changeEmailSchema,
  changePasswordSchema,
  deleteAccountSchema,
  bookmarkSchema,
  followSchema,
} = accountSchemas("en");

/** Field errors from a failed parse, first message per field; form-level ones under "form". */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? String(issue.path[0]) : "form";
    out[key] ??= issue.message;
  }
  return out;
}
