// Reader accounts: sign-up, email verification and password reset (the account page's changes are
// in account-settings.ts).
// Answers never reveal whether an address has an account: sign-up of a known address answers
// exactly like a new one and mails the owner instead; reset requests always "send a link".
// `edition` is the language of the page the reader used: it picks the words of the answers and of
// the emails, and which edition's pages the emailed links open. It changes nothing else.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { sendMail } from "@/lib/mail";
import { siteConfig } from "@/lib/site";
import { consumeToken, issueToken, type TokenFailure } from "@/lib/data/account-tokens";
import { cleanIp, recordRequest, requestWaitSeconds } from "@/lib/data/sign-in";
import { isCommonPassword } from "@/lib/data/password-rules";
import { accountMessages } from "@/lib/i18n/account-messages";
import { accountMail } from "@/lib/i18n/account-mail";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";

export type Outcome = { ok: true } | { ok: false; errors: Record<string, string> };

function siteUrl(path: string, edition: Edition): string {
  return new URL(inEditionPath(edition, path), siteConfig().url).toString();
}

function link(path: string, token: string, edition: Edition): string {
  return `${siteUrl(path, edition)}?token=${token}`;
}

export function waitText(seconds: number, edition: Edition = "en"): string {
  return accountMessages(edition).wait(seconds);
}

/** Server-only password rules (the shared zod schema has already checked length). */
export function passwordProblem(password: string, email?: string, edition: Edition = "en"): string | null {
  const m = accountMessages(edition);
  const lower = password.trim().toLowerCase();
  if (email && (lower === email || lower === email.split("@")[0])) return m.passwordIsEmail;
  return isCommonPassword(password) ? m.commonPassword : null;
}

export async function mailVerification(userId: number, email: string, name: string, isChange: boolean, edition: Edition = "en") {
  const token = await issueToken(userId, "VERIFY_EMAIL", email);
  const url = link("/verify-email", token, edition);
  const { name: site } = siteConfig();
  const mail = accountMail(edition);
  await sendMail({ to: email, subject: mail.verifySubject(site, isChange), text: mail.verifyText(name, site, url), link: url });
}

export async function signUp(input: { email: string; name: string; password: string }, rawIp: string, edition: Edition = "en"): Promise<Outcome> {
  const m = accountMessages(edition);
  const ip = cleanIp(rawIp);
  const common = passwordProblem(input.password, input.email, edition);
  if (common) return { ok: false, errors: { password: common } };
  const wait = await requestWaitSeconds("SIGN_UP", input.email, ip);
  if (wait.ip > 0) return { ok: false, errors: { form: m.tooManySignUpsFromNetwork(wait.ip) } };
  if (wait.email > 0) return { ok: false, errors: { form: m.tooManyAttemptsForEmail(wait.email) } };

  // Hash first in both branches, so a known address takes as long as a new one.
  const passwordHash = await hashPassword(input.password);
  const existing = await db().user.findUnique({ where: { email: input.email }, select: { id: true, name: true } });
  await recordRequest("SIGN_UP", input.email, ip, existing?.id ?? null);
  const { name: site } = siteConfig();
  if (existing) {
    const mail = accountMail(edition);
    const reset = siteUrl("/forgot-password", edition);
    await sendMail({ to: input.email, subject: mail.knownAddressSubject(site), text: mail.knownAddressText(existing.name, site, siteUrl("/signin", edition), reset), link: reset });
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
  if (created) await mailVerification(created.id, input.email, input.name, false, edition);
  return { ok: true };
}

export async function resendVerification(userId: number, edition: Edition = "en"): Promise<Outcome> {
  const m = accountMessages(edition);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, name: true, emailVerifiedAt: true } });
  if (!user) return { ok: false, errors: { form: m.sessionEnded } };
  if (user.emailVerifiedAt) return { ok: false, errors: { form: m.alreadyConfirmed } };
  const wait = await requestWaitSeconds("SIGN_UP", user.email, "unknown");
  if (wait.email > 0) return { ok: false, errors: { form: m.tooManyEmails(wait.email) } };
  await recordRequest("SIGN_UP", user.email, "unknown", userId);
  await mailVerification(userId, user.email, user.name, false, edition);
  return { ok: true };
}

const done = <T extends { ok: boolean }>(result: T) => (result.ok ? { ok: true as const } : (result as Exclude<T, { ok: true }>));

export async function verifyEmail(token: string, currentUserId: number | null, edition: Edition = "en"): Promise<{ ok: true } | { ok: false; reason: TokenFailure }> {
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
    const mail = accountMail(edition);
    await sendMail({ to: from, subject: mail.emailChangedSubject(site), text: mail.emailChangedText(site, to) });
  }
  return done(result);
}

export async function requestPasswordReset(email: string, rawIp: string, edition: Edition = "en"): Promise<Outcome> {
  const m = accountMessages(edition);
  const ip = cleanIp(rawIp);
  const wait = await requestWaitSeconds("PASSWORD_RESET", email, ip);
  if (wait.ip > 0) return { ok: false, errors: { form: m.tooManyRequestsFromNetwork(wait.ip) } };
  if (wait.email > 0) return { ok: false, errors: { form: m.tooManyRequestsForEmail(wait.email) } };
  const user = await db().user.findUnique({ where: { email }, select: { id: true, name: true, disabledAt: true, passwordHash: true } });
  await recordRequest("PASSWORD_RESET", email, ip, user?.id ?? null);
  if (!user || user.disabledAt) return { ok: true };
  const token = await issueToken(user.id, "RESET_PASSWORD", email);
  const url = link("/reset-password", token, edition);
  const { name: site } = siteConfig();
  const mail = accountMail(edition);
  await sendMail({ to: email, subject: mail.resetSubject(site), text: mail.resetText(user.name, url), link: url });
  return { ok: true };
}

export async function resetPassword(token: string, password: string, edition: Edition = "en"): Promise<{ ok: true } | { ok: false; reason: TokenFailure } | { ok: false; errors: Record<string, string> }> {
  const common = passwordProblem(password, undefined, edition);
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
  if (tooClose) return { ok: false, errors: { password: accountMessages(edition).passwordIsEmail } };
  return done(result);
}
