// Housekeeping on real PostgreSQL: only rows past their retention go; what throttling, open
// editors and valid links rely on stays.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let housekeeping: typeof import("./housekeeping");

before(async () => {
  ctx = await createTestDatabase("housekeeping");
  process.env.DATABASE_URL = ctx.url;
  housekeeping = await import("./housekeeping");
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

const DAY = 24 * 60 * 60_000;

test("expired attempts, tokens and silent presence rows go; recent ones stay", async () => {
  const now = new Date("2026-11-28T12:00:00Z");
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const user = await ctx.prisma.user.create({ data: { email: "kim@example.org", name: "Kim", slug: "kim", role: "EDITOR" } });
  const section = await ctx.prisma.section.create({ data: { name: "World", slug: "world" } });
  const article = await ctx.prisma.article.create({ data: { headline: "H", slug: "h", body: { type: "doc", content: [] }, sectionId: section.id } });
  const other = await ctx.prisma.article.create({ data: { headline: "I", slug: "i", body: { type: "doc", content: [] }, sectionId: section.id } });

  await ctx.prisma.signInAttempt.createMany({
    data: [
      { email: "kim@example.org", ip: "10.0.0.1", success: false, createdAt: ago(31 * DAY) },
      { email: "kim@example.org", ip: "10.0.0.1", success: false, createdAt: ago(29 * DAY) },
      { email: "kim@example.org", ip: "10.0.0.1", success: false, createdAt: ago(60_000) },
    ],
  });
  const token = (hash: string, expiresAt: Date, usedAt: Date | null = null) => ({ userId: user.id, purpose: "RESET_PASSWORD" as const, email: user.email, tokenHash: hash, expiresAt, usedAt });
  await ctx.prisma.accountToken.createMany({
    data: [
      token("old-unused", ago(8 * DAY)),
      token("old-used", ago(10 * DAY), ago(11 * DAY)),
      token("recently-expired", ago(2 * DAY)),
      token("live", new Date(now.getTime() + DAY)),
    ],
  });
  await ctx.prisma.editorPresence.createMany({
    data: [
      { articleId: article.id, userId: user.id, seenAt: ago(2 * 60 * 60_000) },
      { articleId: other.id, userId: user.id, seenAt: ago(5_000) },
    ],
  });

  assert.deepEqual(await housekeeping.sweepExpired(now), { attempts: 1, tokens: 2, presence: 1 });
  assert.equal(await ctx.prisma.signInAttempt.count(), 2);
  assert.deepEqual((await ctx.prisma.accountToken.findMany({ orderBy: { tokenHash: "asc" }, select: { tokenHash: true } })).map((t) => t.tokenHash), ["live", "recently-expired"]);
  assert.deepEqual((await ctx.prisma.editorPresence.findMany({ select: { articleId: true } })).map((p) => p.articleId), [other.id]);
  // A second run finds nothing more to do.
  assert.deepEqual(await housekeeping.sweepExpired(now), { attempts: 0, tokens: 0, presence: 0 });
});

test("retention never undercuts what throttling and presence read", async () => {
  const { RETENTION } = housekeeping;
  assert.ok(RETENTION.attemptsMs >= DAY, "sign-in throttling looks back 24 hours");
  assert.ok(RETENTION.presenceMs > 30_000, "live presence is 30 s");
});
