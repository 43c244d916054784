// Reader accounts: sign-up, email verification, password reset, and the account page's changes.
// Answers never reveal whether an address has an account: sign-up of a known address answers
// exactly like a new one and mails the owner instead; reset requests always "send a link".
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { sendMail } from "@/lib/mail";
import { siteConfig } from "@/lib/site";
import { consumeToken, issueToken, type TokenFailure } from "@/lib/data/account-tokens";
import { cleanIp, confirmPassword, recordRequest, requestWaitSeconds } from "@/lib/data/sign-in";
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

async function mailVerification(userId: number, email: string, name: string, isChange: boolean) {
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

export type Account = { id: number; email: string; name: string; role: string; emailVerifiedAt: Date | null; pendingEmail: string | null; createdAt: Date; isStaff: boolean };

export async function getAccount(userId: number): Promise<Account | null> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true, emailVerifiedAt: true, createdAt: true } });
  if (!user) return null;
  const pending = await db().accountToken.findFirst({
    where: { userId, purpose: "VERIFY_EMAIL", usedAt: null, expiresAt: { gt: new Date() }, NOT: { email: user.email } },
    orderBy: { createdAt: "desc" },
    select: { email: true },
  });
  return { ...user, pendingEmail: pending?.email ?? null, isStaff: user.role !== "READER" };
}

export async function changeName(userId: number, name: string): Promise<Outcome> {
  await db().user.update({ where: { id: userId }, data: { name } });
  return { ok: true };
}

function passwordFailure(result: Exclude<Awaited<ReturnType<typeof confirmPassword>>, "ok">): Outcome {
  if (result === "wrong") return { ok: false, errors: { currentPassword: "Wrong password." } };
  return { ok: false, errors: { form: `Too many wrong passwords. Try again in ${waitText(result.lockedSeconds)}.` } };
}

/** Sends a confirmation link to the new address; the address changes only when it is opened. */
export async function requestEmailChange(userId: number, email: string, currentPassword: string, ip: string): Promise<Outcome> {
  const checked = await confirmPassword(userId, currentPassword, ip);
  if (checked !== "ok") return passwordFailure(checked);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!user) return { ok: false, errors: { form: "Your session has ended. Sign in again." } };
  if (user.email === email) return { ok: false, errors: { email: "This is already your email address." } };
  const taken = await db().user.findUnique({ where: { email }, select: { id: true } });
  const { name: site } = siteConfig();
  // Same answer either way; the owner of a taken address hears about the attempt instead.
  if (taken) await sendMail({ to: email, subject: `Someone tried to move a ${site} account to your address`, text: `Someone tried to change another ${site} account's email to this address, which already has an account. Nothing has changed.\n` });
  else await mailVerification(userId, email, user.name, true);
  return { ok: true };
}

/** Sets a new password and bumps the session version: every other session ends. */
export async function changePassword(userId: number, currentPassword: string, password: string, ip: string): Promise<Outcome & { sessionVersion?: number }> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  const common = passwordProblem(password, account?.email);
  if (common) return { ok: false, errors: { password: common } };
  const checked = await confirmPassword(userId, currentPassword, ip);
  if (checked !== "ok") return passwordFailure(checked);
  const passwordHash = await hashPassword(password);
  const updated = await db().user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } }, select: { sessionVersion: true } });
  await db().accountToken.updateMany({ where: { userId, purpose: "RESET_PASSWORD", usedAt: null }, data: { usedAt: new Date() } });
  return { ok: true, sessionVersion: updated.sessionVersion };
}

/**
 * Deletes a reader's account and everything personal: bookmarks, follows and link tokens (by
 * cascade), and sign-in records for the account or its address. Staff accounts own bylines and
 * history, so an administrator removes those.
 */
export async function deleteAccount(userId: number, currentPassword: string, ip: string): Promise<Outcome> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
  if (!user) return { ok: false, errors: { form: "Your session has ended. Sign in again." } };
  if (user.role !== "READER") return { ok: false, errors: { form: "Staff accounts are removed by an administrator." } };
  const checked = await confirmPassword(userId, currentPassword, ip);
  if (checked !== "ok") return passwordFailure(checked);
  await db().$transaction([
    db().signInAttempt.deleteMany({ where: { OR: [{ userId }, { email: user.email }] } }),
    db().user.delete({ where: { id: userId } }),
  ]);
  return { ok: true };
}

/** Everything we hold about the reader, for "download my data". */
export async function exportAccountData(userId: number) {
  const user = await db().user.findUnique({
    where: { id: userId },
    select: {
      email: true,
      name: true,
      role: true,
      createdAt: true,
      emailVerifiedAt: true,
      bookmarks: { orderBy: { createdAt: "desc" }, select: { createdAt: true, article: { select: { id: true, slug: true, headline: true } } } },
      follows: { orderBy: { createdAt: "desc" }, select: { createdAt: true, section: { select: { name: true, slug: true } }, tag: { select: { name: true, slug: true } }, author: { select: { name: true, slug: true } } } },
      signInAttempts: { orderBy: { createdAt: "desc" }, take: 200, select: { kind: true, createdAt: true, ip: true, success: true } },
    },
  });
  if (!user) return null;
  const site = siteConfig().url;
  return {
    exportedAt: new Date().toISOString(),
    account: { email: user.email, name: user.name, role: user.role, createdAt: user.createdAt, emailVerifiedAt: user.emailVerifiedAt },
    bookmarks: user.bookmarks.map((b) => ({ savedAt: b.createdAt, headline: b.article.headline, url: new URL(`/news/${b.article.id}-${b.article.slug}`, site).toString() })),
    follows: user.follows.map((f) => ({
      since: f.createdAt,
      ...(f.section ? { section: f.section.name, url: new URL(`/${f.section.slug}`, site).toString() } : {}),
      ...(f.tag ? { tag: f.tag.name, url: new URL(`/tags/${f.tag.slug}`, site).toString() } : {}),
      ...(f.author ? { author: f.author.name, url: new URL(`/authors/${f.author.slug}`, site).toString() } : {}),
    })),
    signInHistory: user.signInAttempts.map((a) => ({ at: a.createdAt, kind: a.kind, ip: a.ip, success: a.success })),
  };
}
