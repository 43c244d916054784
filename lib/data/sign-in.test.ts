// Sign-in: passwords, disabled accounts, throttling per account and per IP, session revocation.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";
import { hashPassword } from "@/lib/password";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let signIn: typeof import("./sign-in");
let userId: number;
const PASSWORD = "correct horse battery";

before(async () => {
  ctx = await createTestDatabase("signin");
  process.env.DATABASE_URL = ctx.url;
  signIn = await import("./sign-in");
  const passwordHash = await hashPassword(PASSWORD);
  userId = (await ctx.prisma.user.create({ data: { email: "ed@example.org", name: "Ed", slug: "ed", role: "EDITOR", passwordHash } })).id;
  await ctx.prisma.user.create({ data: { email: "gone@example.org", name: "Gone", slug: "gone", role: "WRITER", passwordHash, disabledAt: new Date() } });
  await ctx.prisma.user.create({ data: { email: "ip@example.org", name: "Ip", slug: "ip", role: "WRITER", passwordHash } });
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("the right password signs in, whatever the email's case and spacing", async () => {
  const result = await signIn.signInWithPassword("  ED@Example.org ", PASSWORD, "10.0.0.1");
  assert.equal(result.ok, true);
  assert.ok(result.ok && result.user.id === userId && result.user.role === "EDITOR");
  assert.equal("passwordHash" in (result.ok ? result.user : {}), false);
});

test("wrong passwords, unknown emails and disabled accounts are refused", async () => {
  assert.deepEqual(await signIn.signInWithPassword("ed@example.org", "nope", "10.0.0.2"), { ok: false, reason: "invalid" });
  assert.deepEqual(await signIn.signInWithPassword("nobody@example.org", PASSWORD, "10.0.0.2"), { ok: false, reason: "invalid" });
  assert.deepEqual(await signIn.signInWithPassword("gone@example.org", PASSWORD, "10.0.0.2"), { ok: false, reason: "disabled" });
  for (const hostile of ["' OR 1=1 --", "<script>", "x".repeat(100_000), "\u0000"]) {
    assert.equal((await signIn.signInWithPassword(hostile, hostile, "10.0.0.2")).ok, false);
  }
});

test("five failures lock the account, even against the right password, for longer each time", async () => {
  const email = "ed@example.org";
  await signIn.signInWithPassword(email, PASSWORD, "10.0.0.3"); // a success resets the count
  for (let i = 0; i < 4; i++) assert.equal((await signIn.signInWithPassword(email, "wrong", "10.0.0.3")).ok, false);
  assert.equal(await signIn.lockoutSeconds(email, "10.0.0.3"), 0, "four failures are free");
  await signIn.signInWithPassword(email, "wrong", "10.0.0.3");
  const wait = await signIn.lockoutSeconds(email, "10.0.0.3");
  assert.ok(wait > 55 && wait <= 60, `first lock about a minute, got ${wait}s`);
  const locked = await signIn.signInWithPassword(email, PASSWORD, "10.0.0.3");
  assert.equal(locked.ok, false);
  assert.ok(!locked.ok && locked.reason === "locked" && locked.retryAfterSeconds > 0);

  // After the lock, one more failure doubles it.
  const later = new Date(Date.now() + 61_000);
  assert.equal(await signIn.lockoutSeconds(email, "10.0.0.3", later), 0);
  await ctx.prisma.signInAttempt.create({ data: { email, ip: "10.0.0.3", success: false, createdAt: later } });
  const doubled = await signIn.lockoutSeconds(email, "10.0.0.3", later);
  assert.ok(doubled > 115 && doubled <= 120, `second lock about two minutes, got ${doubled}s`);
  await ctx.prisma.signInAttempt.deleteMany({ where: { email } });
});

test("twenty failures from one address lock that address for every account", async () => {
  for (let i = 0; i < 20; i++) await signIn.signInWithPassword(`guess${i}@example.org`, "x", "203.0.113.9");
  const result = await signIn.signInWithPassword("ip@example.org", PASSWORD, "203.0.113.9");
  assert.ok(!result.ok && result.reason === "locked");
  assert.equal((await signIn.signInWithPassword("ip@example.org", PASSWORD, "203.0.113.10")).ok, true, "other addresses are unaffected");
  for (let i = 0; i < 20; i++) await signIn.signInWithPassword(`guess${i}@example.org`, "x", "unknown");
  assert.equal((await signIn.signInWithPassword("ip@example.org", PASSWORD, "unknown")).ok, true, "no shared lock without a client address");
});

test("sessions end when the user is disabled or their session version changes", async () => {
  assert.equal((await signIn.getSessionUser(userId, 1))?.id, userId);
  assert.equal(await signIn.getSessionUser(userId, 0), null);
  await ctx.prisma.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  assert.equal(await signIn.getSessionUser(userId, 1), null, "revoked");
  assert.equal((await signIn.getSessionUser(userId, 2))?.id, userId);
  await ctx.prisma.user.update({ where: { id: userId }, data: { disabledAt: new Date() } });
  assert.equal(await signIn.getSessionUser(userId, 2), null, "disabled");
  assert.equal(await signIn.getSessionUser(999999, 1), null);
});

test("fullwidth look-alike spellings of an address sign in to the same account", async () => {
  const result = await signIn.signInWithPassword("ｅｄ@ｅｘａｍｐｌｅ.ｏｒｇ", PASSWORD, "10.0.0.50");
  assert.ok(result.ok || result.reason === "disabled", "NFKC folds fullwidth letters into the plain address");
});

test("sign-up and reset requests have their own budgets and never lock sign-in", async () => {
  const email = "ip@example.org";
  for (let i = 0; i < 5; i++) await signIn.recordRequest("PASSWORD_RESET", email, "10.0.0.60", null);
  assert.equal(await signIn.lockoutSeconds(email, "10.0.0.60"), 0, "requests are not failed sign-ins");
  const wait = await signIn.requestWaitSeconds("PASSWORD_RESET", email, "10.0.0.61");
  assert.ok(wait.email > 3500 && wait.email <= 3600, `an hour's wait for the address, got ${wait.email}s`);
  assert.equal(wait.ip, 0, "another client address has its own budget");
  assert.deepEqual(await signIn.requestWaitSeconds("SIGN_UP", email, "10.0.0.60"), { email: 0, ip: 0 }, "sign-up has its own budget");
});

test("GitHub/Google sign-in links only to an existing, enabled account with a verified email", async () => {
  // An earlier test disables this account; this one needs it enabled.
  await ctx.prisma.user.update({ where: { id: userId }, data: { disabledAt: null } });
  const ok = await signIn.oauthAccountFor(" ED@example.org ", true);
  assert.ok(ok.ok && ok.user.id === userId && ok.user.role === "EDITOR");
  assert.deepEqual(await signIn.oauthAccountFor("ed@example.org", false), { ok: false, reason: "unverified" });
  assert.deepEqual(await signIn.oauthAccountFor("stranger@example.org", true), { ok: false, reason: "no-account" });
  assert.deepEqual(await signIn.oauthAccountFor("gone@example.org", true), { ok: false, reason: "disabled" });
  for (const bad of [undefined, null, 42, "", "x".repeat(300)]) assert.deepEqual(await signIn.oauthAccountFor(bad, true), { ok: false, reason: "no-account" });
});
