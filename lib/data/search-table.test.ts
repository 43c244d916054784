// ArticleSearch, search's copy of each story (prisma/sql/article-search-table.sql): triggers on
// Article keep it in step through every kind of write, in the same transaction, and its rows stay
// narrow with the vector out of line. Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let search: typeof import("./search");
let alpha: number;
let beta: number;

before(async () => {
  ctx = await createTestDatabase("search_table");
  process.env.DATABASE_URL = ctx.url;
  search = await import("./search");
  alpha = (await ctx.prisma.section.create({ data: { name: "Alpha", slug: "alpha", position: 0 } })).id;
  beta = (await ctx.prisma.section.create({ data: { name: "Beta", slug: "beta", position: 1 } })).id;
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

/** Stories whose search row is missing, left over, or differs from the story in any column or in its vector. */
async function outOfStep(): Promise<number[]> {
  const rows = await ctx.prisma.$queryRaw<{ id: number }[]>`
    SELECT coalesce(a.id, s.id) AS id FROM "Article" a FULL JOIN "ArticleSearch" s ON s.id = a.id
    WHERE a.id IS NULL OR s.id IS NULL
      OR (a.status, a.language, a."sectionId", a."publishedAt", a."deletedAt", a."searchVector"::text)
         IS DISTINCT FROM (s.status, s.language, s."sectionId", s."publishedAt", s."deletedAt", s."searchVector"::text)
    ORDER BY 1`;
  return rows.map((r) => r.id);
}

const story = (slug: string, headline: string, text: string, extra: Record<string, unknown> = {}) =>
  ctx.prisma.article.create({
    data: { headline, standfirst: "A standfirst", slug, body: { type: "doc", content: [] }, bodyText: text, status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000), sectionId: alpha, ...extra },
  });

const found = async (q: string, params: Partial<Parameters<typeof search.searchArticles>[0]> = {}) =>
  (await search.searchArticles({ q, sort: "relevance", page: 1, ...params })).hits.map((h) => h.slug);

test("every write to a story reaches its search row: create, edit, publish, move, translate, delete", async () => {
  const a = await story("walrus", "Walrus seen in the bay", "A walrus rested on the slipway.");
  const draft = await story("draft-otter", "Otter notes", "An otter was counted.", { status: "DRAFT", publishedAt: null });
  assert.deepEqual(await outOfStep(), []);
  assert.deepEqual(await found("walrus"), ["walrus"]);
  assert.deepEqual(await found("otter"), [], "a draft is not found");

  // A new headline, then a new body: found by the new words, no longer by the old ones.
  await ctx.prisma.article.update({ where: { id: a.id }, data: { headline: "Seal seen in the bay" } });
  assert.deepEqual(await outOfStep(), []);
  assert.deepEqual(await found("seal"), ["walrus"]);
  assert.deepEqual(await found("walrus"), ["walrus"], "still in the body");
  await ctx.prisma.article.update({ where: { id: a.id }, data: { bodyText: "A seal rested on the slipway." } });
  assert.deepEqual(await outOfStep(), []);
  assert.deepEqual(await found("walrus"), []);

  // Publishing, moving to another section, unpublishing, deleting softly.
  await ctx.prisma.article.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: new Date(Date.now() - 1000) } });
  assert.deepEqual(await found("otter"), ["draft-otter"]);
  await ctx.prisma.article.update({ where: { id: draft.id }, data: { sectionId: beta } });
  assert.deepEqual(await found("otter", { section: "beta" }), ["draft-otter"]);
  assert.deepEqual(await found("otter", { section: "alpha" }), []);
  await ctx.prisma.article.update({ where: { id: draft.id }, data: { status: "UNPUBLISHED" } });
  assert.deepEqual(await found("otter"), []);
  await ctx.prisma.article.update({ where: { id: a.id }, data: { deletedAt: new Date() } });
  assert.deepEqual(await found("seal"), []);
  assert.deepEqual(await outOfStep(), []);

  // Into the Russian edition: searched with Russian stemming, in the other edition only.
  const ru = await story("tyulen", "Тюлень в заливе", "Тюленя видели у причала.");
  await ctx.prisma.article.update({ where: { id: ru.id }, data: { language: "ru" } });
  assert.deepEqual(await found("тюлени", { edition: "ru" }), ["tyulen"]);
  assert.deepEqual(await found("тюлени"), []);

  // Deleting a story for good deletes its search row with it.
  await ctx.prisma.article.delete({ where: { id: ru.id } });
  assert.equal(await ctx.prisma.articleSearch.count({ where: { id: ru.id } }), 0);
  assert.deepEqual(await outOfStep(), []);
});

test("a many-row UPDATE and a bulk INSERT stay in step; a rolled-back write leaves no trace", async () => {
  await ctx.prisma.$executeRaw`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "sectionId", "updatedAt")
    SELECT 'Ferry ' || i, '', 'ferry-' || i, '{}', 'The ferry ran ' || i || ' times.', 'PUBLISHED', now() - i * interval '1 minute', ${alpha}, now()
    FROM generate_series(1, 300) i`;
  await ctx.prisma.$executeRaw`UPDATE "Article" SET "bodyText" = 'The tram ran instead.' WHERE slug LIKE 'ferry-%' AND right(slug, 1) = '7'`;
  assert.deepEqual(await outOfStep(), []);
  assert.equal((await search.searchArticles({ q: "tram", sort: "newest", page: 1 })).total, 30);

  await assert.rejects(
    ctx.prisma.$transaction(async (tx) => {
      await tx.article.create({ data: { headline: "Zeppelin lands", slug: "zeppelin", body: {}, bodyText: "A zeppelin.", status: "PUBLISHED", publishedAt: new Date(), sectionId: alpha } });
      await tx.article.updateMany({ where: { slug: "ferry-1" }, data: { headline: "Zeppelin over the ferry" } });
      throw new Error("the editor's save failed half way");
    }),
    /half way/,
  );
  assert.deepEqual(await found("zeppelin"), []);
  assert.deepEqual(await outOfStep(), []);
});

test("the migration's fill skips the stories the triggers have already copied", async () => {
  // Prisma's engine does not run a migration in one transaction: stories saved while the table is
  // filled are copied by the triggers first, and the fill must neither fail on them nor undo them.
  const sql = fs.readFileSync(new URL("../../prisma/sql/article-search-table.sql", import.meta.url), "utf8");
  const fill = sql.slice(sql.lastIndexOf('INSERT INTO "ArticleSearch"')).trim().replace(/;$/, "");
  const s = await story("fill-race", "Cormorant", "A cormorant dried its wings.");
  await ctx.prisma.article.update({ where: { id: s.id }, data: { headline: "Heron" } });
  assert.equal(await ctx.prisma.$executeRawUnsafe(fill), 0, "nothing to add");
  await ctx.prisma.$executeRaw`DELETE FROM "ArticleSearch" WHERE id = ${s.id}`;
  assert.equal(await ctx.prisma.$executeRawUnsafe(fill), 1, "a story without its row gets it");
  assert.deepEqual(await outOfStep(), []);
  assert.deepEqual(await found("heron"), ["fill-race"]);
});

test("an update that changes nothing a search reads does not rewrite the search row", async () => {
  const s = await story("quiet", "Quiet story", "Nothing happened.");
  const xmin = async () => (await ctx.prisma.$queryRaw<{ xmin: string }[]>`SELECT xmin::text FROM "ArticleSearch" WHERE id = ${s.id}`)[0]?.xmin;
  const first = await xmin();
  await ctx.prisma.article.update({ where: { id: s.id }, data: { version: { increment: 1 }, seoTitle: "Quiet", breaking: true } });
  assert.equal(await xmin(), first);
  await ctx.prisma.article.update({ where: { id: s.id }, data: { standfirst: "Something did" } });
  assert.notEqual(await xmin(), first);
});

test("search rows are narrow: a long story's vector is kept out of line", async () => {
  // 400 stories of about 1,500 characters of body text that does not compress (hex words).
  await ctx.prisma.$executeRaw`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "sectionId", "updatedAt")
    SELECT 'Long ' || i, repeat('A standfirst of a story. ', 6), 'long-' || i, '{}',
      (SELECT string_agg(md5(i::text || '-' || j::text), ' ') FROM generate_series(1, 45) j), 'PUBLISHED', now(), ${alpha}, now()
    FROM generate_series(1, 400) i`;
  const [row] = await ctx.prisma.$queryRaw<{ pages: number; options: string[] | null; rows: number; toast: string }[]>`
    SELECT (pg_relation_size('"ArticleSearch"') / current_setting('block_size')::int)::int AS pages, reloptions AS options,
      (SELECT count(*)::int FROM "ArticleSearch") AS rows, reltoastrelid::regclass::text AS toast
    FROM pg_class WHERE relname = 'ArticleSearch'`;
  assert.deepEqual(row?.options, ["toast_tuple_target=128"]);
  // A vector of 45 hex words is about 1.6 KB: in the row, four or five stories would fill a page.
  // The earlier tests' short stories keep their small vectors in the row.
  const [values] = await ctx.prisma.$queryRawUnsafe<{ n: number }[]>(`SELECT count(DISTINCT chunk_id)::int AS n FROM ${row!.toast}`);
  assert.equal(values?.n, 400, "each long story's vector is out of line");
  assert.ok(Number(row?.pages) <= Math.ceil(Number(row?.rows) / 50), `${row?.rows} search rows took ${row?.pages} pages`);
  assert.deepEqual(await outOfStep(), []);
});
