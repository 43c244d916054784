// Search for a word in more than UNCOUNTED × COUNT_CAP stories: no count, a bounded walk down the
// date index; and when the statistics are wrong (most of those stories gone since the last
// ANALYZE), the walk comes back short and the search is made again, counted. Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let search: typeof import("./search");
// Enough for the estimate to pass UNCOUNTED × COUNT_CAP (10,000) with room.
const STORIES = 12_500;

before(async () => {
  ctx = await createTestDatabase("search_uncounted");
  process.env.DATABASE_URL = ctx.url;
  search = await import("./search");
  const { prisma } = ctx;
  const section = (await prisma.section.create({ data: { name: "Alpha", slug: "alpha", position: 0 } })).id;
  // No autovacuum: the last test relies on statistics that are out of date on purpose.
  await prisma.$executeRawUnsafe(`ALTER TABLE "Article" SET (autovacuum_enabled = false)`);
  // Story i is i minutes old; one in ten also mentions a meadow.
  await prisma.$executeRawUnsafe(`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, language, "sectionId", "publishedAt", "updatedAt")
    SELECT 'Story ' || i, 'Standfirst ' || i, 'harbour-' || i, '{"type":"doc","content":[]}'::jsonb,
      'The harbour was busy on day ' || i || '.' || CASE WHEN i % 10 = 0 THEN ' A meadow.' ELSE '' END,
      'PUBLISHED', 'en', ${section}, now() - i * interval '1 minute', now()
    FROM generate_series(1, ${STORIES}) i`);
  await prisma.$executeRawUnsafe(`ANALYZE "Article", "ArticleSearch"`);
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

const slugs = (n: number[]) => n.map((i) => `harbour-${i}`);
const range = (from: number, count: number) => Array.from({ length: count }, (_, k) => from + k);

test("a very common word is not counted: more than COUNT_CAP, the newest ranked, any page by date", async () => {
  const plan = await search.searchPlan({ q: "harbour", sort: "relevance", page: 1 });
  assert.deepEqual([plan?.plan, plan?.counted], ["walk", false], JSON.stringify(plan));
  const first = await search.searchArticles({ q: "harbour", sort: "relevance", page: 1 });
  assert.deepEqual([first.total, first.more, first.pages], [search.COUNT_CAP, true, search.COUNT_CAP / 20]);
  assert.equal(first.hits.length, 20);
  const ranked: string[] = [];
  for (let page = 1; page <= search.RANKED_MATCHES / 20; page++) ranked.push(...(await search.searchArticles({ q: "harbour", sort: "relevance", page })).hits.map((h) => h.slug));
  assert.deepEqual([...ranked].sort(), slugs(range(1, 100)).sort());
  const third = await search.searchArticles({ q: "harbour", sort: "newest", page: 3 });
  assert.deepEqual(third.hits.map((h) => h.slug), slugs(range(41, 20)));
  // The last page offered, and past it the last page again.
  const last = await search.searchArticles({ q: "harbour", sort: "newest", page: 50 });
  assert.deepEqual(last.hits.map((h) => h.slug), slugs(range(981, 20)));
  assert.equal((await search.searchArticles({ q: "harbour", sort: "newest", page: 51 })).page, 50);
  // A rarer word among them is counted exactly.
  const meadow = await search.searchArticles({ q: "meadow", sort: "relevance", page: 1 });
  assert.deepEqual([meadow.total, meadow.more], [search.COUNT_CAP, true]);
  assert.equal((await search.searchPlan({ q: "meadow", sort: "relevance", page: 1 }))?.counted, true);
});

test("statistics that are out of date: the bounded walk comes back short, and the search is counted", async () => {
  // All but 60 of the stories leave the site; the statistics still say 12,500.
  await ctx.prisma.$executeRawUnsafe(`UPDATE "Article" SET status = 'DRAFT' WHERE slug LIKE 'harbour-%' AND substring(slug from '[0-9]+$')::int % 200 <> 0`);
  const plan = await search.searchPlan({ q: "harbour", sort: "relevance", page: 1 });
  assert.equal(plan?.counted, false, "the estimate should still be the old one");
  const result = await search.searchArticles({ q: "harbour", sort: "relevance", page: 1 });
  assert.deepEqual([result.total, result.more, result.pages], [Math.floor(STORIES / 200), false, Math.ceil(Math.floor(STORIES / 200) / 20)]);
  assert.ok(result.hits.every((h) => Number(h.slug.split("-")[1]) % 200 === 0));
});
