// Public reads return only live articles: published, due, not deleted. Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let data: typeof import("./articles");
const ids: Record<string, number> = {};
const HOUR = 3_600_000;

before(async () => {
  ctx = await createTestDatabase("articles");
  process.env.DATABASE_URL = ctx.url; // lib/db reads it on first use
  data = await import("./articles");
  const { prisma } = ctx;
  const section = await prisma.section.create({ data: { name: "World", slug: "world" } });
  const author = await prisma.user.create({ data: { email: "a@example.org", name: "Ann Author", slug: "ann-author", role: "WRITER" } });
  const now = Date.now();
  const make = async (key: string, extra: Record<string, unknown>) => {
    const row = await prisma.article.create({
      data: {
        headline: `Story ${key}`,
        slug: `story-${key}`,
        body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: `Body of ${key}` }] }] },
        bodyText: `Body of ${key}`,
        sectionId: section.id,
        authors: { create: { userId: author.id } },
        ...extra,
      },
    });
    ids[key] = row.id;
  };
  await make("old", { status: "PUBLISHED", publishedAt: new Date(now - 5 * HOUR) });
  await make("new", { status: "PUBLISHED", publishedAt: new Date(now - 1 * HOUR) });
  await make("draft", { status: "DRAFT" });
  await make("review", { status: "IN_REVIEW" });
  await make("scheduled", { status: "SCHEDULED", scheduledAt: new Date(now + HOUR) });
  await make("future", { status: "PUBLISHED", publishedAt: new Date(now + HOUR) });
  await make("unpublished", { status: "UNPUBLISHED", publishedAt: new Date(now - 2 * HOUR) });
  await make("deleted", { status: "PUBLISHED", publishedAt: new Date(now - 2 * HOUR), deletedAt: new Date() });
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("getLatestArticles lists only live articles, newest first", async () => {
  const list = await data.getLatestArticles(50);
  assert.deepEqual(list.map((a) => a.slug), ["story-new", "story-old"]);
  const first = list[0]!;
  assert.deepEqual(first.section, { name: "World", slug: "world" });
  assert.deepEqual(first.authors, [{ name: "Ann Author", slug: "ann-author" }]);
  assert.equal(first.image, null);
  assert.equal("passwordHash" in (first.authors[0] as object), false);
});

test("getLatestArticles clamps silly limits", async () => {
  assert.equal((await data.getLatestArticles(-5)).length, 1);
  assert.equal((await data.getLatestArticles(10_000)).length, 2);
});

test("getPublishedArticle returns live articles with body and tags", async () => {
  const article = await data.getPublishedArticle(ids.new!);
  assert.ok(article);
  assert.equal(article.headline, "Story new");
  assert.equal(article.wordCount, 3);
  assert.deepEqual(article.tags, []);
});

test("getPublishedArticle hides drafts, reviews, scheduled, future, unpublished, deleted and unknown ids", async () => {
  for (const key of ["draft", "review", "scheduled", "future", "unpublished", "deleted"]) {
    assert.equal(await data.getPublishedArticle(ids[key]!), null, key);
  }
  assert.equal(await data.getPublishedArticle(987654), null);
});
