// Reader accounts: sign-up, email verification and password reset (the account page's changes are
// in account-settings.ts).
// Answers never reveal whether an address has an account: sign-up of a known address answers
// exactly like a new one and mails the owner instead; reset requests always "send a link".
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { sendMail } from "@/lib/mail";
import { siteConfig } from "@/lib/site";
import { consumeToken, issueToken, type TokenFailure } from "@/lib/data/account-tokens";
import { cleanIp, recordRequest, requestWaitSeconds } from "@/lib/data/sign-in";
import { COMMON_PASSWORD_MESSAGE, isCommonPassword } from "@/lib/data/password-rules";

export type Outcome = { ok: true } | { ok: false; errors: Record<string, string> };

function link(path: string, token: string): string {
  return new URL(`${path}?token=${token}`, siteConfig().url).toString();
}

export function waitText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}

/** Server-only password rules (the shared zod schema has already checked length). */
export function passwordProblem(password: string, email?: string): string | null {
  const lower = password.trim().toLowerCase();
  if (email && (lower === email || lower === email.split("@")[0])) return "Your password cannot be your email address.";
  return isCommonPassword(password) ? COMMON_PASSWORD_MESSAGE : null;
}

export async function mailVerification(userId: number, email: string, name: string, isChange: boolean) {
  const token = await issueToken(userId, "VERIFY_EMAIL", email);
  const url = link("/verify-email", token);
  const { name: site } = siteConfig();
  await sendMail({
    to: email,
    subject: isChange ? `Confirm your new email address for ${site}` : `Confirm your email address for ${site}`,
    text: `Hello ${name},\n\nPlease confirm this email address for your ${site} account by opening this link (it works once, within 24 hours):\n\n${url}\n\nIf you did not ask for this, ignore this message.\n`,
    link: url,
  });
}

export async function signUp(input: { email: string; name: string; password: string }, rawIp: string): Promise<Outcome> {
  const ip = cleanIp(rawIp);
  const common = passwordProblem(input.password, input.email);
  if (common) return { ok: false, errors: { password: common } };
  const wait = await requestWaitSeconds("SIGN_UP", input.email, ip);
  if (wait.ip > 0) return { ok: false, errors: { form: `Too many sign-ups from your network. Try again in ${waitText(wait.ip)}.` } };
  if (wait.email > 0) return { ok: false, errors: { form: `Too many attempts for this email address. Try again in ${waitText(wait.email)}.` } };

  // Hash first in both branches, so a known address takes as long as a new one.
  const passwordHash = await hashPassword(input.password);
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
  await recordRequest("SIGN_UP", input.email, ip, existing?.id ?? null);
  const { name: site, url: siteUrl } = siteConfig();
  if (existing) {
    await sendMail({
      to: input.email,
      subject: `Someone tried to create a ${site} account with your address`,
      text: `Hello ${existing.name},\n\nSomeone (perhaps you) tried to sign up for ${site} with this email address, which already has an account.\n\nIf it was you, sign in at ${new URL("/signin", siteUrl)} or reset your password at ${new URL("/forgot-password", siteUrl)}.\nIf not, you can ignore this message; nothing has changed.\n`,
      link: new URL("/forgot-password", siteUrl).toString(),
    });
    return { ok: true };
  }
  const created = await db()
    .user.create({
      data: { email: input.email, name: input.name, passwordHash, role: "READER", slug: `reader-${crypto.randomBytes(6).toString("hex")}` },
      select: { id: true },
    })
    .catch((error: unknown) => {
      // Two sign-ups of one new address at once: the second answers like any known address.
      if ((error as { code?: string }).code === "P2002") return null;
      throw error;
    });
  if (created) await mailVerification(created.id, input.email, input.name, false);
  return { ok: true };
}

export async function resendVerification(userId: number): Promise<Outcome> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, name: true, emailVerifiedAt: true } });
  if (!user) return { ok: false, errors: { form: "Your session has ended. Sign in again." } };
  if (user.emailVerifiedAt) return { ok: false, errors: { form: "Your email address is already confirmed." } };
  const wait = await requestWaitSeconds("SIGN_UP", user.email, "unknown");
  if (wait.email > 0) return { ok: false, errors: { form: `Too many emails sent. Try again in ${waitText(wait.email)}.` } };
  await recordRequest("SIGN_UP", user.email, "unknown", userId);
  await mailVerification(userId, user.email, user.name, false);
  return { ok: true };
}

const done = <T extends { ok: boolean }>(result: T) => (result.ok ? { ok: true as const } : (result as Exclude<T, { ok: true }>));

export async function verifyEmail(token: string, currentUserId: number | null): Promise<{ ok: true } | { ok: false; reason: TokenFailure }> {
  let changed: { from: string; to: string } | null = null;
  const result = await consumeToken(
    token,
    "VERIFY_EMAIL",
    async (tx, t, now) => {
      if (t.email === t.userEmail) {
        await tx.user.update({ where: { id: t.userId }, data: { emailVerifiedAt: now } });
        return;
      }
      // An email change: the new address becomes the account's once proven.
      const taken = await tx.user.findUnique({ where: { email: t.email }, select: { id: true } });
      if (taken) return "taken";
      await tx.user.update({ where: { id: t.userId }, data: { email: t.email, emailVerifiedAt: now } });
      await tx.accountToken.updateMany({ where: { userId: t.userId, usedAt: null }, data: { usedAt: now } });
      changed = { from: t.userEmail, to: t.email };
    },
    { currentUserId },
  );
  // Mail after the transaction, so a slow mail server never holds it open.
  if (result.ok && changed) {
    const { from, to } = changed;
    const { name: site } = siteConfig();
    await sendMail({ to: from, subject: `Your ${site} email address was changed`, text: `Your ${site} account now uses ${to}. If you did not make this change, reset your password and contact us.\n` });
  }
  return done(result);
}

export async function requestPasswordReset(email: string, rawIp: string): Promise<Outcome> {
  const ip = cleanIp(rawIp);
  const wait = await requestWaitSeconds("PASSWORD_RESET", email, ip);
  if (wait.ip > 0) return { ok: false, errors: { form: `Too many requests from your network. Try again in ${waitText(wait.ip)}.` } };
  if (wait.email > 0) return { ok: false, errors: { form: `Too many requests for this email address. Try again in ${waitText(wait.email)}.` } };
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, disabledAt: true, passwordHash: true } });
  await recordRequest("PASSWORD_RESET", email, ip, user?.id ?? null);
  if (!user || user.disabledAt) return { ok: true };
  const token = await issueToken(user.id, "RESET_PASSWORD", email);
  const url = link("/reset-password", token);
  const { name: site } = siteConfig();
  await sendMail({
    to: email,
    subject: `Reset your ${site} password`,
    text: `Hello ${user.name},\n\nTo choose a new password, open this link (it works once, within an hour):\n\n${url}\n\nIf you did not ask for this, ignore this message; your password has not changed.\n`,
    link: url,
  });
  return { ok: true };
}

export async function resetPassword(token: string, password: string): Promise<{ ok: true } | { ok: false; reason: TokenFailure } | { ok: false; errors: Record<string, string> }> {
  const common = passwordProblem(password);
  if (common) return { ok: false, errors: { password: common } };
  const passwordHash = await hashPassword(password);
  let tooClose = false;
  const result = await consumeToken(token, "RESET_PASSWORD", async (tx, t, now) => {
    if (t.email !== t.userEmail) return "stale";
    if (passwordProblem(password, t.email)) {
      tooClose = true;
      return "invalid";
    }
    // Every session ends; the link proved the address, so it counts as verified too.
    await tx.user.update({ where: { id: t.userId }, data: { passwordHash, sessionVersion: { increment: 1 }, emailVerifiedAt: now } });
  });
  // The refusal rolled back, so the link still works with a better password.
  if (tooClose) return { ok: false, errors: { password: "Your password cannot be your email address." } };
  return done(result);
}
