// Bookmarks, follows and My feed on real PostgreSQL: each reader sees and changes only their own
// rows (forged ids reach nothing), unpublished stories leave Saved and come back, and only real,
// live things can be saved or followed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let bookmarks: typeof import("./bookmarks");
let follows: typeof import("./follows");
const HOUR = 3_600_000;
let ann: number;
let ben: number;
let writer: number;
let reader: number;
let world: number;
let sport: number;
let harbour: number;
const a: Record<string, number> = {};

before(async () => {
  ctx = await createTestDatabase("bookmarks");
  process.env.DATABASE_URL = ctx.url;
  [bookmarks, follows] = await Promise.all([import("./bookmarks"), import("./follows")]);
  const { prisma } = ctx;
  ann = (await prisma.user.create({ data: { email: "ann@example.org", name: "Ann", slug: "reader-ann" } })).id;
  ben = (await prisma.user.create({ data: { email: "ben@example.org", name: "Ben", slug: "reader-ben" } })).id;
  reader = (await prisma.user.create({ data: { email: "rae@example.org", name: "Rae", slug: "reader-rae" } })).id;
  writer = (await prisma.user.create({ data: { email: "w@example.org", name: "Wendy", slug: "wendy", role: "WRITER" } })).id;
  world = (await prisma.section.create({ data: { name: "World", slug: "world" } })).id;
  sport = (await prisma.section.create({ data: { name: "Sport", slug: "sport" } })).id;
  harbour = (await prisma.tag.create({ data: { name: "Harbour", slug: "harbour" } })).id;
  const make = async (key: string, sectionId: number, hoursAgo: number, extra: { status?: "PUBLISHED" | "DRAFT" | "SCHEDULED"; tag?: boolean; byWriter?: boolean } = {}) => {
    const status = extra.status ?? "PUBLISHED";
    const row = await prisma.article.create({
      data: {
        headline: `Story ${key}`,
        slug: `story-${key}`,
        body: {},
        sectionId,
        status,
        publishedAt: status === "PUBLISHED" ? new Date(Date.now() - hoursAgo * HOUR) : null,
        scheduledAt: status === "SCHEDULED" ? new Date(Date.now() + HOUR) : null,
        tags: extra.tag ? { create: [{ tagId: harbour }] } : undefined,
        authors: extra.byWriter ? { create: [{ userId: writer }] } : undefined,
      },
    });
    a[key] = row.id;
  };
  await make("w1", world, 1);
  await make("w2", world, 2);
  await make("s1", sport, 3);
  await make("s2tag", sport, 4, { tag: true });
  await make("s3writer", sport, 5, { byWriter: true });
  await make("draft", world, 0, { status: "DRAFT" });
  await make("scheduled", world, 0, { status: "SCHEDULED" });
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("saving is per reader, idempotent, newest saved first, and private", async () => {
  assert.deepEqual(await bookmarks.saveBookmark(ann, a.w2!), { ok: true });
  await new Promise((r) => setTimeout(r, 5));
  assert.deepEqual(await bookmarks.saveBookmark(ann, a.s1!), { ok: true });
  assert.deepEqual(await bookmarks.saveBookmark(ann, a.s1!), { ok: true }, "saving twice is fine");
  const annList = await bookmarks.getSavedArticles(ann, 1);
  assert.deepEqual(annList?.items.map((i) => i.id), [a.s1, a.w2], "most recently saved first, not by publication date");
  assert.equal((await bookmarks.getSavedArticles(ben, 1))?.total, 0, "Ben sees none of Ann's");
  assert.deepEqual([...(await bookmarks.savedArticleIds(ben, [a.s1!, a.w2!]))], []);
  assert.equal(await bookmarks.getSavedArticles(ann, 2), null, "past the end");
});

test("a forged unsave cannot touch another reader's bookmark", async () => {
  // Ben "removes" Ann's bookmark: the data layer only ever acts on Ben's own rows.
  await bookmarks.removeBookmark(ben, a.s1!);
  assert.equal(await ctx.prisma.bookmark.count({ where: { userId: ann, articleId: a.s1! } }), 1);
  await bookmarks.removeBookmark(ann, 999_999);
  await bookmarks.removeBookmark(ann, a.s1!);
  assert.equal(await ctx.prisma.bookmark.count({ where: { userId: ann, articleId: a.s1! } }), 0);
});

test("unknown, draft and scheduled stories cannot be saved, and nothing is stored", async () => {
  for (const id of [999_999, a.draft!, a.scheduled!]) {
    assert.deepEqual(await bookmarks.saveBookmark(ben, id), { ok: false, error: bookmarks.NOT_SAVEABLE }, String(id));
  }
  assert.equal(await ctx.prisma.bookmark.count({ where: { userId: ben } }), 0);
});

test("an unpublished story leaves Saved and comes back when republished; the row is kept", async () => {
  await bookmarks.saveBookmark(ben, a.w1!);
  await ctx.prisma.article.update({ where: { id: a.w1! }, data: { status: "UNPUBLISHED" } });
  assert.equal((await bookmarks.getSavedArticles(ben, 1))?.total, 0);
  assert.equal(await ctx.prisma.bookmark.count({ where: { userId: ben, articleId: a.w1! } }), 1);
  await ctx.prisma.article.update({ where: { id: a.w1! }, data: { deletedAt: new Date(), status: "PUBLISHED" } });
  assert.equal((await bookmarks.getSavedArticles(ben, 1))?.total, 0, "deleted stories stay hidden");
  await ctx.prisma.article.update({ where: { id: a.w1! }, data: { deletedAt: null } });
  assert.deepEqual((await bookmarks.getSavedArticles(ben, 1))?.items.map((i) => i.id), [a.w1]);
});

test("follows reach only real sections, tags and authors, and are private to their owner", async () => {
  assert.deepEqual(await follows.setFollowing(ann, "section", sport, true), { ok: true });
  assert.deepEqual(await follows.setFollowing(ann, "section", sport, true), { ok: true }, "following twice is fine");
  assert.deepEqual(await follows.setFollowing(ann, "section", 999_999, true), { ok: false, error: follows.NOT_FOLLOWABLE });
  assert.deepEqual(await follows.setFollowing(ann, "tag", 999_999, true), { ok: false, error: follows.NOT_FOLLOWABLE });
  assert.deepEqual(await follows.setFollowing(ann, "author", reader, true), { ok: false, error: follows.NOT_FOLLOWABLE }, "readers are not authors");
  assert.equal(await ctx.prisma.follow.count({ where: { userId: ann } }), 1);
  assert.deepEqual((await follows.getFollowed(ann)).map((f) => f.name), ["Sport"]);
  assert.deepEqual(await follows.getFollowed(ben), []);
  assert.equal(await follows.isFollowing(ben, "section", sport), false);
  await follows.setFollowing(ben, "section", sport, false); // a forged unfollow only touches Ben's rows
  assert.equal(await follows.isFollowing(ann, "section", sport), true);
});

test("the database itself refuses a follow naming no target or more than one", async () => {
  await assert.rejects(ctx.prisma.follow.create({ data: { userId: ben } }), /Follow_exactly_one_target/);
  await assert.rejects(ctx.prisma.follow.create({ data: { userId: ben, sectionId: world, tagId: harbour } }), /Follow_exactly_one_target/);
  assert.equal(await ctx.prisma.follow.count({ where: { userId: ben } }), 0);
  await ctx.prisma.follow.create({ data: { userId: ben, tagId: harbour } });
  await ctx.prisma.follow.deleteMany({ where: { userId: ben } });
});

test("My feed shows the latest live stories from every followed section, tag and author", async () => {
  assert.deepEqual((await follows.getMyFeed(ben, 1))?.items, [], "nothing followed, nothing shown");
  assert.equal(await follows.getMyFeed(ben, 2), null);
  await follows.setFollowing(ben, "tag", harbour, true);
  assert.deepEqual((await follows.getMyFeed(ben, 1))?.items.map((i) => i.id), [a.s2tag]);
  await follows.setFollowing(ben, "author", writer, true);
  await follows.setFollowing(ben, "section", world, true);
  assert.deepEqual((await follows.getMyFeed(ben, 1))?.items.map((i) => i.id), [a.w1, a.w2, a.s2tag, a.s3writer], "newest first, drafts and scheduled left out");
  assert.deepEqual((await follows.getMyFeed(ann, 1))?.items.map((i) => i.id), [a.s1, a.s2tag, a.s3writer], "Ann's feed is Sport only");
  await follows.setFollowing(ben, "section", world, false);
  assert.deepEqual((await follows.getMyFeed(ben, 1))?.items.map((i) => i.id), [a.s2tag, a.s3writer]);
});
