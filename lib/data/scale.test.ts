// The reader queries at scale: 100,000 articles (one bulk INSERT … SELECT generate_series), then
// EXPLAIN of the very SQL the data layer sends — captured from Prisma's query events while the
// real functions run — must show no sequential scan of "Article" (or of "ArticleSearch", search's
// copy of it). And the number of queries per page's data does not grow with the number of stories
// shown (no N+1). No timing is asserted.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
type Captured = { query: string; params: string };
let ctx: Ctx;
let client: pg.Client;
let captured: Captured[] = [];
const ARTICLES = 100_000;
const SECTIONS = 8;
const TAGS = 200;
// About 1 % of the stories each, like the tags; a byline on 5 % or more of every story makes
// PostgreSQL (rightly, at this size) count them with a sequential scan (docs/PERFORMANCE.md).
const AUTHORS = 100;

let data: {
  articles: typeof import("./articles");
  home: typeof import("./home");
  lists: typeof import("./lists");
  feeds: typeof import("./feeds");
  search: typeof import("./search");
  sitemaps: typeof import("./sitemaps");
  routes: typeof import("./article-routes");
};

before(async () => {
  ctx = await createTestDatabase("scale");
  process.env.DATABASE_URL = ctx.url;
  client = new pg.Client({ connectionString: ctx.url });
  await client.connect();
  await client.query(`
    INSERT INTO "Section" (name, slug, position, "updatedAt") SELECT 'Section ' || i, 'section-' || i, i, now() FROM generate_series(1, ${SECTIONS}) i;
    INSERT INTO "Tag" (name, slug) SELECT 'Tag ' || i, 'tag-' || i FROM generate_series(1, ${TAGS}) i;
    INSERT INTO "User" (email, name, slug, role, "updatedAt") SELECT 'author' || i || '@example.org', 'Author ' || i, 'author-' || i, 'WRITER', now() FROM generate_series(1, ${AUTHORS}) i;
    INSERT INTO "Media" ("storageKey", "mimeType", "sizeBytes", width, height, alt) VALUES ('public/demo/x.jpg', 'image/jpeg', 1000, 1600, 900, 'x');`);
  // One statement for the articles: 90 % published (one a minute into the past), the rest drafts,
  // scheduled or deleted; words vary so search has common and rare terms.
  await client.query(`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "scheduledAt", "deletedAt", "sectionId", "leadMediaId", breaking, "updatedAt")
    SELECT 'Story ' || i, 'Standfirst ' || i, 'story-' || i, '{"type":"doc","content":[]}'::jsonb,
      (ARRAY['harbour', 'council', 'election', 'weather', 'market'])[1 + i % 5] || ' report number ' || i || CASE WHEN i % 997 = 0 THEN ' lighthouse' ELSE '' END,
      (CASE WHEN i % 10 = 1 THEN 'DRAFT' WHEN i % 10 = 2 THEN 'SCHEDULED' ELSE 'PUBLISHED' END)::"ArticleStatus",
      CASE WHEN i % 10 IN (1, 2) THEN NULL ELSE now() - (${ARTICLES} - i) * interval '1 minute' END,
      CASE WHEN i % 10 = 2 THEN now() + interval '1 day' END,
      CASE WHEN i % 50 = 3 THEN now() END,
      1 + i % ${SECTIONS}, CASE WHEN i % 3 = 0 THEN 1 END, i % 500 = 0, now() - (${ARTICLES} - i) * interval '1 minute'
    FROM generate_series(1, ${ARTICLES}) i`);
  await client.query(`
    INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT id, 1 + id % ${TAGS} FROM "Article";
    INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT id, 1 + (id * 7 + 3) % ${TAGS} FROM "Article" WHERE (id * 7 + 3) % ${TAGS} <> id % ${TAGS};
    INSERT INTO "ArticleAuthor" ("articleId", "userId", position) SELECT a.id, u.id, 0 FROM "Article" a JOIN "User" u ON u.slug = 'author-' || (1 + a.id % ${AUTHORS});
    INSERT INTO "PageView" ("articleId", day, views) SELECT id, current_date, id % 100 FROM "Article" WHERE id > ${ARTICLES - 2000} AND status = 'PUBLISHED';
    ANALYZE;`);

  // The app's client (lib/db.ts) replaced by one that reports every query it sends.
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: ctx.url, max: 4 }), log: [{ emit: "event", level: "query" }] });
  prisma.$on("query", (e) => captured.push({ query: e.query, params: e.params }));
  (globalThis as unknown as { datelinePrisma?: PrismaClient }).datelinePrisma = prisma;
  const [articles, home, lists, feeds, search, sitemaps, routes] = await Promise.all([
    import("./articles"), import("./home"), import("./lists"), import("./feeds"), import("./search"), import("./sitemaps"), import("./article-routes"),
  ]);
  data = { articles, home, lists, feeds, search, sitemaps, routes };
});

after(async () => {
  await (globalThis as unknown as { datelinePrisma?: PrismaClient }).datelinePrisma?.$disconnect();
  await client.end();
  await ctx.prisma.$disconnect();
  await ctx.drop();
});

/** Runs `fn` and returns the SQL statements it sent. */
async function queriesOf(fn: () => Promise<unknown>): Promise<Captured[]> {
  captured = [];
  await fn();
  // Query events are emitted after each statement completes; let the last ones arrive.
  await new Promise((resolve) => setImmediate(resolve));
  return captured.filter((q) => !/^(BEGIN|COMMIT|ROLLBACK|DEALLOCATE)/i.test(q.query.trim()));
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; Plans?: PlanNode[] };

function scansOf(node: PlanNode, out: string[] = []): string[] {
  if (node["Node Type"] === "Seq Scan") out.push(String(node["Relation Name"]));
  for (const child of node.Plans ?? []) scansOf(child, out);
  return out;
}

/** Relations read by a sequential scan in the plan of each captured statement. */
async function seqScans(queries: Captured[]): Promise<{ query: string; tables: string[] }[]> {
  const out = [];
  for (const q of queries) {
    // Search's own EXPLAIN (its estimates) reads only the catalog.
    if (/^\s*EXPLAIN\b/i.test(q.query)) continue;
    const params = JSON.parse(q.params) as unknown[];
    // Objects are JSON parameters; arrays (search's id lists) go to pg as arrays.
    const values = params.map((p) => (p !== null && typeof p === "object" && !Array.isArray(p) ? JSON.stringify(p) : p));
    const { rows } = await client.query<{ "QUERY PLAN": { Plan: PlanNode }[] }>(`EXPLAIN (FORMAT JSON) ${q.query}`, values);
    out.push({ query: q.query, tables: scansOf(rows[0]!["QUERY PLAN"][0]!.Plan) });
  }
  return out;
}

async function assertNoArticleSeqScan(name: string, fn: () => Promise<unknown>) {
  const queries = await queriesOf(fn);
  assert.ok(queries.length > 0, `${name}: no queries captured`);
  for (const { query, tables } of await seqScans(queries)) {
    for (const table of ["Article", "ArticleSearch"]) assert.ok(!tables.includes(table), `${name}: sequential scan of "${table}" in\n${query}`);
  }
}

const section = { id: 3, slug: "section-3" };
const tag = { id: 5, slug: "tag-5" };
const author = { id: 7, slug: "author-7" };
const articleId = ARTICLES - 5; // published (i % 10 = 5)

test("home lists: latest, breaking, most read, section blocks", async () => {
  await assertNoArticleSeqScan("latest", () => data.articles.getLatestArticles(25));
  await assertNoArticleSeqScan("breaking", () => data.home.getBreakingArticle(6));
  await assertNoArticleSeqScan("most read", () => data.home.getMostRead(5, 2));
  await assertNoArticleSeqScan("section blocks", () => data.home.getSectionBlocks(4));
  const blocks = await data.home.getSectionBlocks(4);
  assert.equal(blocks.length, SECTIONS);
  for (const b of blocks) {
    assert.equal(b.articles.length, 4);
    assert.ok(b.articles.every((a) => a.section.slug === b.slug));
    assert.ok(b.articles.every((a, i) => i === 0 || a.publishedAt <= b.articles[i - 1]!.publishedAt));
  }
});

test("section, tag and author pages, first and a deep page", async () => {
  for (const page of [1, 200]) {
    await assertNoArticleSeqScan(`section page ${page}`, () => data.lists.getSectionArticles(section, page));
    await assertNoArticleSeqScan(`tag page ${page}`, () => data.lists.getTagArticles(tag, page));
    await assertNoArticleSeqScan(`author page ${page}`, () => data.lists.getAuthorArticles(author, page));
  }
  await assertNoArticleSeqScan("section top tags", () => data.lists.getSectionTopTags(section));
});

test("article page: by id, redirects, related and adjacent", async () => {
  const article = await data.articles.getPublishedArticle(articleId);
  assert.ok(article);
  await assertNoArticleSeqScan("article by id", () => data.articles.getPublishedArticle(articleId));
  await assertNoArticleSeqScan("article ref by id", () => data.routes.resolveArticleRef(`${articleId}-x`));
  await assertNoArticleSeqScan("article ref by slug", () => data.routes.resolveArticleRef(`story-${articleId}`));
  const ref = { id: article.id, publishedAt: article.publishedAt, sectionSlug: article.section.slug, tagSlugs: article.tags.map((t) => t.slug) };
  await assertNoArticleSeqScan("related", () => data.lists.getRelatedArticles(ref));
  await assertNoArticleSeqScan("adjacent", () => data.lists.getAdjacentInSection(ref));
});

test("search, feeds and sitemaps", async () => {
  await assertNoArticleSeqScan("search, rare word", () => data.search.searchArticles({ q: "lighthouse", sort: "relevance", page: 1 }));
  await assertNoArticleSeqScan("search, newest first", () => data.search.searchArticles({ q: "lighthouse", sort: "newest", page: 1 }));
  // A word in a fifth of the stories: past the count's cap, so the newest matches come from the date index.
  await assertNoArticleSeqScan("search, common word", () => data.search.searchArticles({ q: "harbour", sort: "relevance", page: 1 }));
  await assertNoArticleSeqScan("search, common word, newest first", () => data.search.searchArticles({ q: "harbour", sort: "newest", page: 1 }));
  await assertNoArticleSeqScan("search, common word, past the ranked pages", () => data.search.searchArticles({ q: "harbour", sort: "relevance", page: 30 }));
  await assertNoArticleSeqScan("search, common word in a section", () => data.search.searchArticles({ q: "harbour", section: section.slug, sort: "relevance", page: 1 }));
  await assertNoArticleSeqScan("site feed", () => data.feeds.getFeed({ kind: "site" }, { fullText: true }));
  await assertNoArticleSeqScan("section feed", () => data.feeds.getFeed({ kind: "section", slug: section.slug }));
  await assertNoArticleSeqScan("tag feed", () => data.feeds.getFeed({ kind: "tag", slug: tag.slug }));
  await assertNoArticleSeqScan("author feed", () => data.feeds.getFeed({ kind: "author", slug: author.slug }));
  await assertNoArticleSeqScan("news sitemap", () => data.sitemaps.listNewsArticles());
  await assertNoArticleSeqScan("sitemap chunk", async () => {
    for await (const batch of data.sitemaps.articlesInChunk(3, 20_000)) assert.ok(batch.length > 0);
  });
});

test("queries per page do not grow with the stories shown (no N+1)", async () => {
  const count = async (fn: () => Promise<unknown>) => (await queriesOf(fn)).length;
  // A list's relations (section, authors, lead image) are fetched in one batch per relation.
  assert.equal(await count(() => data.articles.getLatestArticles(5)), await count(() => data.articles.getLatestArticles(50)));
  assert.equal(await count(() => data.lists.getSectionArticles(section, 1)), await count(() => data.lists.getSectionArticles(section, 2)));
  assert.equal(await count(() => data.feeds.getFeed({ kind: "site" })), await count(() => data.feeds.getFeed({ kind: "tag", slug: tag.slug })) - 1);
  const home = await count(() =>
    Promise.all([data.articles.getLatestArticles(25), data.home.getBreakingArticle(6), data.home.getMostRead(5, 2), data.home.getSectionBlocks(4)]),
  );
  // Home: latest, breaking, most read and all section blocks, each a fixed number of queries.
  assert.ok(home <= 20, `home page data ran ${home} queries`);
  const article = await data.articles.getPublishedArticle(articleId);
  const ref = { id: articleId, publishedAt: article!.publishedAt, sectionSlug: article!.section.slug, tagSlugs: article!.tags.map((t) => t.slug) };
  const articlePage = await count(() => Promise.all([data.articles.getPublishedArticle(articleId), data.lists.getRelatedArticles(ref), data.lists.getAdjacentInSection(ref)]));
  // Article page: the article, related and previous/next, one statement each (a cache miss pays them).
  assert.ok(articlePage <= 3, `article page data ran ${articlePage} queries`);
  console.log(`queries: home ${home}, article page ${articlePage}`);
});
