// Section, tag and author lists, related and adjacent stories, most read, breaking, page views and
// search: live-only, ordered, bounded. Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";
import { MARK_END, MARK_START } from "@/lib/search-markers";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let lists: typeof import("./lists");
let search: typeof import("./search");
let home: typeof import("./home");
let views: typeof import("./page-views");
const HOUR = 3_600_000;
const now = Date.now();
const id: Record<string, number> = {};
let sectionA: number;
let tagHarbour: number;
let writer: number;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

before(async () => {
  ctx = await createTestDatabase("lists");
  process.env.DATABASE_URL = ctx.url;
  [lists, search, home, views] = await Promise.all([import("./lists"), import("./search"), import("./home"), import("./page-views")]);
  const { prisma } = ctx;
  sectionA = (await prisma.section.create({ data: { name: "Alpha", slug: "alpha", position: 0 } })).id;
  const sectionB = (await prisma.section.create({ data: { name: "Beta", slug: "beta", position: 1 } })).id;
  tagHarbour = (await prisma.tag.create({ data: { name: "Harbour", slug: "harbour" } })).id;
  writer = (await prisma.user.create({ data: { email: "w@example.org", name: "Wendy Writer", slug: "wendy-writer", role: "WRITER" } })).id;
  await prisma.user.create({ data: { email: "r@example.org", name: "Rita Reader", slug: "rita-reader", role: "READER" } });

  const make = async (key: string, data: { sectionId?: number; hoursAgo?: number; status?: "PUBLISHED" | "DRAFT" | "SCHEDULED"; text?: string; headline?: string; tag?: boolean; breaking?: boolean }) => {
    const text = data.text ?? `Ordinary story number ${key}.`;
    const row = await prisma.article.create({
      data: {
        headline: data.headline ?? `Story ${key}`,
        slug: `story-${key}`,
        body: doc(text),
        bodyText: text,
        status: data.status ?? "PUBLISHED",
        publishedAt: data.status && data.status !== "PUBLISHED" ? null : new Date(now - (data.hoursAgo ?? 1) * HOUR),
        scheduledAt: data.status === "SCHEDULED" ? new Date(now + HOUR) : null,
        breaking: data.breaking ?? false,
        sectionId: data.sectionId ?? sectionA,
        authors: { create: { userId: writer } },
        tags: data.tag ? { create: { tagId: tagHarbour } } : undefined,
      },
    });
    id[key] = row.id;
  };
  for (let i = 1; i <= 25; i++) await make(`a${i}`, { hoursAgo: i * 2 });
  await make("b1", { sectionId: sectionB, hoursAgo: 3, tag: true, text: "The harbour reopened after the storm and the harbour master said ships may enter." });
  await make("b2", { sectionId: sectionB, hoursAgo: 200, tag: true, text: "A harbour study from last year." });
  await make("hostile", { sectionId: sectionB, hoursAgo: 5, headline: "<script>alert(1)</script> harbour", text: "harbour <b>bold</b> & 'quotes' -- DROP TABLE" });
  await make("draft", { status: "DRAFT", tag: true, text: "secret harbour draft" });
  await make("scheduled", { status: "SCHEDULED", tag: true, text: "scheduled harbour story" });
  await make("breaking", { sectionId: sectionB, hoursAgo: 2, breaking: true });
  await make("oldbreaking", { sectionId: sectionB, hoursAgo: 30, breaking: true });
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("section lists paginate 20 to a page, newest first, and refuse pages past the end", async () => {
  const first = await lists.getSectionArticles({ id: sectionA, slug: "alpha" }, 1);
  assert.ok(first);
  assert.equal(first.total, 25);
  assert.equal(first.pages, 2);
  assert.equal(first.items.length, 20);
  assert.equal(first.items[0]!.slug, "story-a1");
  const second = await lists.getSectionArticles({ id: sectionA, slug: "alpha" }, 2);
  assert.deepEqual(second!.items.map((a) => a.slug), ["story-a21", "story-a22", "story-a23", "story-a24", "story-a25"]);
  assert.equal(await lists.getSectionArticles({ id: sectionA, slug: "alpha" }, 3), null);
  assert.equal(await lists.getSectionArticles({ id: sectionA, slug: "alpha" }, 99999), null);
});

test("tag lists show only live stories", async () => {
  const page = await lists.getTagArticles({ id: tagHarbour, slug: "harbour" }, 1);
  assert.deepEqual(page!.items.map((a) => a.slug), ["story-b1", "story-b2"]);
});

test("author pages exist for staff only", async () => {
  assert.equal((await lists.getAuthorBySlug("wendy-writer"))?.name, "Wendy Writer");
  assert.equal(await lists.getAuthorBySlug("rita-reader"), null);
  assert.equal(await lists.getAuthorBySlug("nobody"), null);
  const page = await lists.getAuthorArticles({ id: writer, slug: "wendy-writer" }, 2);
  assert.equal(page!.page, 2);
  assert.ok(page!.items.every((a) => !["story-draft", "story-scheduled"].includes(a.slug)));
});

test("related stories share tags first and never include unpublished ones", async () => {
  const related = await lists.getRelatedArticles({ id: id.b1!, sectionSlug: "beta", tagSlugs: ["harbour"] }, 4);
  assert.equal(related[0]!.slug, "story-b2");
  assert.ok(related.every((a) => !["story-draft", "story-scheduled", "story-b1"].includes(a.slug)));
  assert.equal(related.length, 4);
});

test("previous and next stay within the section and the live set", async () => {
  const { previous, next } = await lists.getAdjacentInSection({ id: id.a5!, publishedAt: new Date(now - 10 * HOUR), sectionSlug: "alpha" });
  assert.equal(previous?.slug, "story-a6");
  assert.equal(next?.slug, "story-a4");
  const newest = await lists.getAdjacentInSection({ id: id.a1!, publishedAt: new Date(now - 2 * HOUR), sectionSlug: "alpha" });
  assert.equal(newest.next, null);
});

test("breaking news shows while fresh and expires by itself", async () => {
  assert.equal((await home.getBreakingArticle(6))?.slug, "story-breaking");
  assert.equal(await home.getBreakingArticle(1), null);
});

test("page views count live articles only, and most read ranks by them", async () => {
  assert.equal(await views.recordView(id.draft!), false);
  assert.equal(await views.recordView(id.scheduled!), false);
  assert.equal(await views.recordView(987654), false);
  for (let i = 0; i < 3; i++) assert.equal(await views.recordView(id.a7!), true);
  assert.equal(await views.recordView(id.b1!), true);
  const top = await home.getMostRead(5, 2);
  assert.deepEqual(top.map((a) => a.slug), ["story-a7", "story-b1"]);
  assert.equal(await ctx.prisma.pageView.count({ where: { articleId: { in: [id.draft!, id.scheduled!] } } }), 0);
  // Many readers at once: every view counts, none fails.
  const results = await Promise.all(Array.from({ length: 20 }, () => views.recordView(id.a8!)));
  assert.ok(results.every(Boolean));
  const row = await ctx.prisma.pageView.findFirstOrThrow({ where: { articleId: id.a8! } });
  assert.equal(row.views, 20);
});

test("search ranks by relevance with recency, highlights matches, and hides unpublished stories", async () => {
  const result = await search.searchArticles({ q: "harbour", sort: "relevance", page: 1 });
  const slugs = result.hits.map((h) => h.slug);
  // A headline match outranks body matches; among body matches, the recent one with two mentions wins.
  assert.deepEqual(slugs, ["story-hostile", "story-b1", "story-b2"]);
  assert.ok(result.hits[1]!.snippet.includes(`${MARK_START}harbour${MARK_END}`));
  const newest = await search.searchArticles({ q: "harbour", sort: "newest", page: 1 });
  assert.deepEqual(newest.hits.map((h) => h.slug), ["story-b1", "story-hostile", "story-b2"]);
});

test("search filters by section and date range", async () => {
  assert.equal((await search.searchArticles({ q: "story", section: "beta", sort: "newest", page: 1 })).hits.every((h) => h.section.slug === "beta"), true);
  const recent = await search.searchArticles({ q: "harbour", from: new Date(now - 24 * HOUR), sort: "newest", page: 1 });
  assert.deepEqual(recent.hits.map((h) => h.slug), ["story-b1", "story-hostile"]);
  const old = await search.searchArticles({ q: "harbour", to: new Date(now - 24 * HOUR), sort: "newest", page: 1 });
  assert.deepEqual(old.hits.map((h) => h.slug), ["story-b2"]);
});

test("search survives hostile and odd queries", async () => {
  const queries = ["", "   ", "!!!", "&|!():*", "'; DROP TABLE \"Article\"; --", '"unterminated', "-harbour", "harbour OR storm", "a".repeat(2000), "🚢🌊", "гавань harbour 港", "\u0000\u0002harbour\u0003", "<script>alert(1)</script>"];
  for (const q of queries) {
    const result = await search.searchArticles({ q, sort: "relevance", page: 1 });
    assert.ok(Array.isArray(result.hits), q.slice(0, 20));
    assert.ok(result.page >= 1 && result.page <= result.pages);
  }
  assert.equal(await ctx.prisma.article.count(), 32, "nothing was dropped");
  const past = await search.searchArticles({ q: "story", sort: "newest", page: 500 });
  assert.equal(past.page, past.pages, "a page past the end shows the last page");
});

test("a section's topics: the tags most used on its newest live stories, most used first, drafts and older stories left out", async () => {
  const { prisma } = ctx;
  const section = (await prisma.section.create({ data: { name: "Topics", slug: "topics", position: 9 } })).id;
  const tag = (name: string) => prisma.tag.create({ data: { name, slug: name.toLowerCase().replace(" ", "-") } });
  const [old, recent, rare, hidden] = [await tag("Old topic"), await tag("Recent topic"), await tag("Rare topic"), await tag("Hidden topic")];
  const story = async (hoursAgo: number, tagIds: number[], status: "PUBLISHED" | "DRAFT" = "PUBLISHED") => {
    const row = await prisma.article.create({
      data: {
        headline: `Topic story ${hoursAgo}`, slug: `topic-story-${hoursAgo}-${status}`, body: doc("x"), bodyText: "x", status,
        publishedAt: status === "PUBLISHED" ? new Date(now - hoursAgo * HOUR) : null, sectionId: section,
      },
    });
    if (tagIds.length) await prisma.articleTag.createMany({ data: tagIds.map((tagId) => ({ articleId: row.id, tagId })) });
  };
  // The archive, older than the window: "Old topic" on every one of its stories.
  await prisma.article.createMany({
    data: Array.from({ length: lists.TOPIC_WINDOW }, (_, i) => ({
      headline: `Archive ${i}`, slug: `archive-${i}`, body: doc("x"), bodyText: "x", status: "PUBLISHED" as const, publishedAt: new Date(now - (1000 + i) * HOUR), sectionId: section,
    })),
  });
  const archive = await prisma.article.findMany({ where: { slug: { startsWith: "archive-" } }, select: { id: true } });
  await prisma.articleTag.createMany({ data: archive.map((a) => ({ articleId: a.id, tagId: old.id })) });
  // The newest stories fill the window: "Recent topic" on three, "Rare topic" on one; drafts do not count.
  for (let i = 1; i <= 3; i++) await story(i, [recent.id]);
  await story(4, [rare.id]);
  for (let i = 5; i <= lists.TOPIC_WINDOW; i++) await prisma.article.create({ data: { headline: `Filler ${i}`, slug: `filler-${i}`, body: doc("x"), bodyText: "x", status: "PUBLISHED", publishedAt: new Date(now - i * HOUR), sectionId: section } });
  await story(0.6, [hidden.id], "DRAFT");
  assert.deepEqual(await lists.getSectionTopTags({ id: section, slug: "topics" }), [
    { name: "Recent topic", slug: "recent-topic" },
    { name: "Rare topic", slug: "rare-topic" },
  ]);
  assert.deepEqual(await lists.getSectionTopTags({ id: section, slug: "topics" }, 1), [{ name: "Recent topic", slug: "recent-topic" }]);
});
