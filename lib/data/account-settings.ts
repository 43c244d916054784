// The account page's data: the reader's account, name/email/password changes, deletion and the
// data export. Changes that matter need the current password, under the sign-in lockout. `edition`
// (the page's language) picks the words of the answers and emails, nothing else.
import "server-only";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/password";
import { sendMail } from "@/lib/mail";
import { siteConfig } from "@/lib/site";
import { confirmPassword } from "@/lib/data/sign-in";
import { TAG, inAllEditions } from "@/lib/cache-tags";
import { tagsForArticles } from "@/lib/data/cache-facts";
import { mailVerification, passwordProblem, type Outcome } from "@/lib/data/accounts";
import { accountMessages } from "@/lib/i18n/account-messages";
import { accountMail } from "@/lib/i18n/account-mail";
import type { Edition } from "@/lib/i18n/editions";

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

/** Changes the display name; `invalidate` names the cached pages that show a staff member's byline. */
export async function changeName(userId: number, name: string): Promise<Outcome & { invalidate: string[] }> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.update({ where: { id: userId }, data: { name }, select: { slug: true, role: true } });
    if (user.role === "READER") return { ok: true, invalidate: [] };
    return { ok: true, invalidate: [...inAllEditions(TAG.author(user.slug)), ...(await tagsForArticles(tx, { authors: { some: { userId } } }))] };
  });
}

function passwordFailure(result: Exclude<Awaited<ReturnType<typeof confirmPassword>>, "ok">, edition: Edition): Outcome {
  const m = accountMessages(edition);
  if (result === "wrong") return { ok: false, errors: { currentPassword: m.wrongPassword } };
  return { ok: false, errors: { form: m.tooManyWrongPasswords(result.lockedSeconds) } };
}

/** Sends a confirmation link to the new address; the address changes only when it is opened. */
export async function requestEmailChange(userId: number, email: string, currentPassword: string, ip: string, edition: Edition = "en"): Promise<Outcome> {
  const m = accountMessages(edition);
  const checked = await confirmPassword(userId, currentPassword, ip);
  if (checked !== "ok") return passwordFailure(checked, edition);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, name: true } });
  if (!user) return { ok: false, errors: { form: m.sessionEnded } };
  if (user.email === email) return { ok: false, errors: { email: m.alreadyYourEmail } };
  const taken = await db().user.findUnique({ where: { email }, select: { id: true } });
  const { name: site } = siteConfig();
  const mail = accountMail(edition);
  // Same answer either way; the owner of a taken address hears about the attempt instead.
  if (taken) await sendMail({ to: email, subject: mail.takenSubject(site), text: mail.takenText(site) });
  else await mailVerification(userId, email, user.name, true, edition);
  return { ok: true };
}

/** Sets a new password and bumps the session version: every other session ends. */
export async function changePassword(userId: number, currentPassword: string, password: string, ip: string, edition: Edition = "en"): Promise<Outcome & { sessionVersion?: number }> {
  const account = await db().user.findUnique({ where: { id: userId }, select: { email: true } });
  const common = passwordProblem(password, account?.email, edition);
  if (common) return { ok: false, errors: { password: common } };
  const checked = await confirmPassword(userId, currentPassword, ip);
  if (checked !== "ok") return passwordFailure(checked, edition);
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
export async function deleteAccount(userId: number, currentPassword: string, ip: string, edition: Edition = "en"): Promise<Outcome> {
  const m = accountMessages(edition);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, role: true } });
  if (!user) return { ok: false, errors: { form: m.sessionEnded } };
  if (user.role !== "READER") return { ok: false, errors: { form: m.staffRemovedByAdmin } };
  const checked = await confirmPassword(userId, currentPassword, ip);
  if (checked !== "ok") return passwordFailure(checked, edition);
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
