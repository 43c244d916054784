// Reader accounts on real PostgreSQL: sign-up without account enumeration, throttling of sign-up
// and reset requests, the token rules (hash only, expiry, single use, wrong user, wrong purpose,
// stale address), email and password changes, and deletion of personal data.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "@/lib/testing/database";
import { hashPassword, verifyPassword } from "@/lib/password";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let accounts: typeof import("./accounts");
let settings: typeof import("./account-settings");
let tokens: typeof import("./account-tokens");
let signIn: typeof import("./sign-in");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-accounts-"));
const mailDir = path.join(dataDir, "mail");
const PASSWORD = "tidal orchard lantern";

type Mail = { to: string; subject: string; text: string; link?: string };
function mails(to: string): Mail[] {
  if (!fs.existsSync(mailDir)) return [];
  return fs
    .readdirSync(mailDir)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(mailDir, f), "utf8")) as Mail)
    .filter((m) => m.to === to);
}
const lastLink = (to: string) => mails(to).at(-1)?.link ?? "";
const tokenOf = (link: string) => new URL(link).searchParams.get("token") ?? "";

before(async () => {
  ctx = await createTestDatabase("accounts");
  process.env.DATABASE_URL = ctx.url;
  process.env.DATELINE_DATA_DIR = dataDir;
  process.env.SITE_URL = "http://news.example";
  [accounts, settings, tokens, signIn] = await Promise.all([import("./accounts"), import("./account-settings"), import("./account-tokens"), import("./sign-in")]);
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

test("sign-up creates an unverified reader and mails a link; only the token's hash is stored", async () => {
  assert.deepEqual(await accounts.signUp({ email: "ann@example.org", name: "Ann", password: PASSWORD }, "10.1.0.1"), { ok: true });
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: "ann@example.org" }, select: { id: true, role: true, emailVerifiedAt: true, passwordHash: true } });
  assert.equal(user.role, "READER");
  assert.equal(user.emailVerifiedAt, null);
  assert.ok(await verifyPassword(user.passwordHash!, PASSWORD));
  const link = lastLink("ann@example.org");
  assert.match(link, /^http:\/\/news\.example\/verify-email\?token=[A-Za-z0-9_-]{43}$/);
  const token = tokenOf(link);
  const stored = await ctx.prisma.accountToken.findMany({ where: { userId: user.id } });
  assert.equal(stored.length, 1);
  assert.notEqual(stored[0]!.tokenHash, token);
  assert.equal(stored[0]!.tokenHash, tokens.hashToken(token));
  assert.equal(JSON.stringify(stored).includes(token), false, "the raw token is nowhere in the row");

  assert.deepEqual(await accounts.verifyEmail(token, null), { ok: true });
  assert.ok((await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).emailVerifiedAt);
  assert.deepEqual(await accounts.verifyEmail(token, null), { ok: false, reason: "used" }, "a token works once");
});

test("sign-up of a known address answers the same, changes nothing and mails the owner", async () => {
  const before = await ctx.prisma.user.findUniqueOrThrow({ where: { email: "ann@example.org" } });
  const mailsBefore = mails("ann@example.org").length;
  const result = await accounts.signUp({ email: "ann@example.org", name: "Impostor", password: "another fine passphrase" }, "10.1.0.2");
  assert.deepEqual(result, { ok: true }, "same answer as a new address");
  const after = await ctx.prisma.user.findUniqueOrThrow({ where: { email: "ann@example.org" } });
  assert.deepEqual(after, before, "the account is untouched");
  const notice = mails("ann@example.org").slice(mailsBefore);
  assert.equal(notice.length, 1);
  assert.match(notice[0]!.subject, /tried to create/);
  assert.equal(notice[0]!.text.includes("token="), false, "the notice carries no sign-in or verification token");
});

test("common passwords are refused at sign-up with nothing stored", async () => {
  const result = await accounts.signUp({ email: "weak@example.org", name: "Weak", password: "Password2026!" }, "10.1.0.3");
  assert.equal(result.ok, false);
  assert.ok(!result.ok && /common or leaked/.test(result.errors.password ?? ""));
  assert.equal(await ctx.prisma.user.count({ where: { email: "weak@example.org" } }), 0);
  assert.equal(mails("weak@example.org").length, 0);
});

test("sign-up is throttled per address and per IP, the same for known and unknown addresses", async () => {
  for (const address of ["ann@example.org", "fresh@example.org"]) {
    // ann already used one attempt above; fill the rest of the hourly budget of 3 from new IPs.
    while ((await signIn.requestWaitSeconds("SIGN_UP", address, "10.2.0.1")).email === 0) {
      assert.equal((await accounts.signUp({ email: address, name: "X", password: PASSWORD }, `10.2.${Math.floor(Math.random() * 200)}.9`)).ok, true);
    }
    const refused = await accounts.signUp({ email: address, name: "X", password: PASSWORD }, "10.2.0.1");
    assert.ok(!refused.ok && /Too many attempts for this email address\. Try again in (a minute|\d+ minutes)\./.test(refused.errors.form ?? ""), address);
  }
  const ip = "198.51.100.7";
  for (let i = 0; i < signIn.REQUEST_LIMITS.SIGN_UP.perIp; i++) assert.equal((await accounts.signUp({ email: `bulk${i}@example.org`, name: "Bulk", password: PASSWORD }, ip)).ok, true);
  const blocked = await accounts.signUp({ email: "bulk-next@example.org", name: "Bulk", password: PASSWORD }, ip);
  assert.ok(!blocked.ok && /Too many sign-ups from your network/.test(blocked.errors.form ?? ""));
  assert.equal(await ctx.prisma.user.count({ where: { email: "bulk-next@example.org" } }), 0, "nothing stored when throttled");
  assert.equal((await accounts.signUp({ email: "elsewhere@example.org", name: "E", password: PASSWORD }, "198.51.100.8")).ok, true, "other addresses are unaffected");
  // The window passes: the budget is back.
  const later = new Date(Date.now() + 61 * 60_000);
  assert.deepEqual(await signIn.requestWaitSeconds("SIGN_UP", "bulk-next@example.org", ip, later), { email: 0, ip: 0 });
});

test("reset requests answer the same for unknown addresses and are throttled per address", async () => {
  assert.deepEqual(await accounts.requestPasswordReset("nobody@example.org", "10.3.0.1"), { ok: true });
  assert.equal(mails("nobody@example.org").length, 0);
  for (let i = 0; i < 3; i++) assert.deepEqual(await accounts.requestPasswordReset("bob@example.org", "10.3.0.2"), { ok: true });
  const throttled = await accounts.requestPasswordReset("bob@example.org", "10.3.0.3");
  assert.ok(!throttled.ok && /Too many requests for this email address/.test(throttled.errors.form ?? ""));
});

async function makeUser(email: string, role: "READER" | "WRITER" = "READER") {
  return ctx.prisma.user.create({ data: { email, name: email.split("@")[0]!, slug: email.replace(/\W/g, "-"), role, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() } });
}

test("a reset link sets the password once, ends every session, and later links cancel earlier ones", async () => {
  const user = await makeUser("carol@example.org");
  await accounts.requestPasswordReset("carol@example.org", "10.4.0.1");
  const first = tokenOf(lastLink("carol@example.org"));
  await accounts.requestPasswordReset("carol@example.org", "10.4.0.1");
  const second = tokenOf(lastLink("carol@example.org"));
  assert.deepEqual(await accounts.resetPassword(first, "brand new passphrase"), { ok: false, reason: "used" }, "a newer link cancels the older one");
  assert.deepEqual(await accounts.verifyEmail(second, null), { ok: false, reason: "invalid" }, "a reset token is no verification token");
  assert.deepEqual(await accounts.resetPassword(second, "carol@example.org"), { ok: false, errors: { password: "Your password cannot be your email address." } });
  assert.deepEqual(await accounts.resetPassword(second, "brand new passphrase"), { ok: true }, "the refused attempt did not use the link up");
  const after = await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, sessionVersion: true } });
  assert.ok(await verifyPassword(after.passwordHash!, "brand new passphrase"));
  assert.equal(after.sessionVersion, user.sessionVersion + 1, "every session ends");
  assert.deepEqual(await accounts.resetPassword(second, "another new passphrase"), { ok: false, reason: "used" });
  assert.deepEqual(await accounts.resetPassword("A".repeat(43), "another new passphrase"), { ok: false, reason: "invalid" });
});

test("expired links are refused and leave the password alone", async () => {
  const user = await makeUser("dave@example.org");
  const token = await tokens.issueToken(user.id, "RESET_PASSWORD", user.email, new Date(Date.now() - 61 * 60_000));
  assert.deepEqual(await accounts.resetPassword(token, "brand new passphrase"), { ok: false, reason: "expired" });
  const after = await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
  assert.ok(await verifyPassword(after.passwordHash!, PASSWORD));
  const fresh = await tokens.issueToken(user.id, "VERIFY_EMAIL", user.email, new Date(Date.now() - 23 * 60 * 60_000));
  assert.deepEqual(await accounts.verifyEmail(fresh, null), { ok: true }, "a 23-hour-old verification link still works");
});

test("a link for another account is refused while someone else is signed in", async () => {
  const owner = await makeUser("erin@example.org");
  const other = await makeUser("frank@example.org");
  const token = await tokens.issueToken(owner.id, "VERIFY_EMAIL", owner.email);
  assert.deepEqual(await accounts.verifyEmail(token, other.id), { ok: false, reason: "wrong-user" });
  assert.deepEqual(await accounts.verifyEmail(token, owner.id), { ok: true }, "still usable by its owner");
});

test("an email change takes effect only through the new address's link; stale reset links die", async () => {
  const user = await makeUser("gina@example.org");
  await accounts.requestPasswordReset("gina@example.org", "10.5.0.1");
  const resetToken = tokenOf(lastLink("gina@example.org"));
  assert.deepEqual(await settings.requestEmailChange(user.id, "gina.new@example.org", "wrong password", "10.5.0.1"), { ok: false, errors: { currentPassword: "Wrong password." } });
  assert.deepEqual(await settings.requestEmailChange(user.id, "gina.new@example.org", PASSWORD, "10.5.0.1"), { ok: true });
  assert.equal((await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email, "gina@example.org", "unchanged until confirmed");
  assert.equal((await settings.getAccount(user.id))?.pendingEmail, "gina.new@example.org");
  assert.deepEqual(await accounts.verifyEmail(tokenOf(lastLink("gina.new@example.org")), user.id), { ok: true });
  assert.equal((await ctx.prisma.user.findUniqueOrThrow({ where: { id: user.id } })).email, "gina.new@example.org");
  assert.match(mails("gina@example.org").at(-1)!.subject, /was changed/, "the old address is told");
  assert.equal((await accounts.resetPassword(resetToken, "brand new passphrase")).ok, false, "a reset link to the old address no longer works");

  // Moving to an address that already has an account: same answer, no link, the owner is told.
  const taken = await makeUser("taken@example.org");
  assert.deepEqual(await settings.requestEmailChange(user.id, "taken@example.org", PASSWORD, "10.5.0.1"), { ok: true });
  assert.equal(mails("taken@example.org").at(-1)?.link, undefined);
  assert.equal((await ctx.prisma.user.findUniqueOrThrow({ where: { id: taken.id } })).email, "taken@example.org");
});

test("changing the password needs the current one, bumps the session version and is throttled", async () => {
  const user = await makeUser("hal@example.org");
  assert.deepEqual(await settings.changePassword(user.id, PASSWORD, "HAL@example.org", "10.6.0.1"), { ok: false, errors: { password: "Your password cannot be your email address." } });
  const wrong = await settings.changePassword(user.id, "not it", "brand new passphrase", "10.6.0.1");
  assert.deepEqual(wrong, { ok: false, errors: { currentPassword: "Wrong password." } });
  const changed = await settings.changePassword(user.id, PASSWORD, "brand new passphrase", "10.6.0.1");
  assert.equal(changed.ok, true);
  assert.equal(changed.sessionVersion, user.sessionVersion + 1);
  for (let i = 0; i < 5; i++) await settings.changePassword(user.id, `guess ${i}`, "another new passphrase", "10.6.0.1");
  const locked = await settings.changePassword(user.id, "brand new passphrase", "another new passphrase", "10.6.0.1");
  assert.ok(!locked.ok && /Too many wrong passwords/.test(locked.errors.form ?? ""), "a stolen session cannot guess the password");
});

test("deleting an account needs the password and removes personal data; staff cannot self-delete", async () => {
  const user = await makeUser("ivy@example.org");
  const section = await ctx.prisma.section.create({ data: { name: "Ivy section", slug: "ivy-section" } });
  const article = await ctx.prisma.article.create({ data: { headline: "H", slug: "h", body: {}, sectionId: section.id, status: "PUBLISHED", publishedAt: new Date() } });
  await ctx.prisma.bookmark.create({ data: { userId: user.id, articleId: article.id } });
  await ctx.prisma.follow.create({ data: { userId: user.id, sectionId: section.id } });
  await tokens.issueToken(user.id, "RESET_PASSWORD", user.email);
  await ctx.prisma.signInAttempt.create({ data: { email: user.email, ip: "10.7.0.1", success: false } });
  const exported = await settings.exportAccountData(user.id);
  assert.equal(exported?.account.email, "ivy@example.org");
  assert.equal(exported?.bookmarks.length, 1);
  assert.equal(exported?.follows[0]?.section, "Ivy section");
  assert.equal(JSON.stringify(exported).includes("passwordHash"), false);

  assert.deepEqual(await settings.deleteAccount(user.id, "wrong", "10.7.0.1"), { ok: false, errors: { currentPassword: "Wrong password." } });
  assert.deepEqual(await settings.deleteAccount(user.id, PASSWORD, "10.7.0.1"), { ok: true });
  assert.equal(await ctx.prisma.user.count({ where: { id: user.id } }), 0);
  assert.equal(await ctx.prisma.bookmark.count({ where: { userId: user.id } }), 0);
  assert.equal(await ctx.prisma.follow.count({ where: { userId: user.id } }), 0);
  assert.equal(await ctx.prisma.accountToken.count({ where: { userId: user.id } }), 0);
  assert.equal(await ctx.prisma.signInAttempt.count({ where: { email: "ivy@example.org" } }), 0);
  assert.equal(await ctx.prisma.article.count({ where: { id: article.id } }), 1, "articles stay");

  const writer = await makeUser("wes@example.org", "WRITER");
  const refused = await settings.deleteAccount(writer.id, PASSWORD, "10.7.0.2");
  assert.ok(!refused.ok && /administrator/.test(refused.errors.form ?? ""));
});

test("from a Russian page: Russian answers and emails, links to the Russian pages, the same rules", async () => {
  assert.deepEqual(await accounts.signUp({ email: "olga@example.org", name: "Ольга", password: PASSWORD }, "10.9.0.1", "ru"), { ok: true });
  const verify = mails("olga@example.org").at(-1)!;
  assert.equal(verify.subject, "Подтвердите адрес электронной почты для Dateline");
  assert.match(verify.text, /^Здравствуйте, Ольга!/);
  assert.match(verify.link ?? "", /^http:\/\/news\.example\/ru\/verify-email\?token=[A-Za-z0-9_-]{43}$/);
  assert.ok(verify.text.includes(verify.link!));
  assert.deepEqual(await accounts.verifyEmail(tokenOf(verify.link!), null, "ru"), { ok: true });
  assert.deepEqual(await accounts.verifyEmail(tokenOf(verify.link!), null, "ru"), { ok: false, reason: "used" });
  assert.equal(tokens.tokenMessage("used", "ru"), "Эта ссылка уже использована. Если нужно, запросите новую.");
  assert.equal(tokens.tokenMessage("used"), tokens.TOKEN_MESSAGES.used);

  // A known address: the owner hears about it in Russian, with Russian links.
  assert.deepEqual(await accounts.signUp({ email: "olga@example.org", name: "Другая", password: PASSWORD }, "10.9.0.2", "ru"), { ok: true });
  const notice = mails("olga@example.org").at(-1)!;
  assert.equal(notice.subject, "Кто-то пытался зарегистрироваться в Dateline с вашим адресом");
  assert.ok(notice.text.includes("http://news.example/ru/signin") && notice.text.includes("http://news.example/ru/forgot-password"));

  const common = await accounts.signUp({ email: "pavel@example.org", name: "Павел", password: "Password2026!" }, "10.9.0.3", "ru");
  assert.ok(!common.ok && /распространённых или утёкших/.test(common.errors.password ?? ""));

  assert.deepEqual(await accounts.requestPasswordReset("olga@example.org", "10.9.0.4", "ru"), { ok: true });
  const reset = mails("olga@example.org").at(-1)!;
  assert.equal(reset.subject, "Восстановление пароля Dateline");
  assert.match(reset.link ?? "", /^http:\/\/news\.example\/ru\/reset-password\?token=/);
  assert.deepEqual(await accounts.resetPassword(tokenOf(reset.link!), "olga@example.org", "ru"), { ok: false, errors: { password: "Пароль не может совпадать с адресом электронной почты." } });
  assert.deepEqual(await accounts.resetPassword(tokenOf(reset.link!), "quiet meadow compass", "ru"), { ok: true });

  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: "olga@example.org" }, select: { id: true } });
  assert.deepEqual(await settings.changePassword(user.id, "wrong", "another fine passphrase", "10.9.0.5", "ru"), { ok: false, errors: { currentPassword: "Неверный пароль." } });
  assert.deepEqual(await settings.requestEmailChange(user.id, "olga@example.org", "quiet meadow compass", "10.9.0.6", "ru"), { ok: false, errors: { email: "Это и есть ваш текущий адрес." } });
  assert.deepEqual(await settings.requestEmailChange(user.id, "olga.new@example.org", "quiet meadow compass", "10.9.0.6", "ru"), { ok: true });
  assert.match(lastLink("olga.new@example.org"), /^http:\/\/news\.example\/ru\/verify-email\?token=/);
  assert.equal(mails("olga.new@example.org").at(-1)!.subject, "Подтвердите новый адрес электронной почты для Dateline");
  assert.equal(accounts.waitText(300, "ru"), "5 минут");
});
