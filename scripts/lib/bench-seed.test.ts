// The bench's seeding helpers on a real PostgreSQL: bulk stories are copies of the published
// ones, newest first in the order they were made, and never of drafts; the search queries are
// distinct, the same on every run, and as many as asked for even past the words there are.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";
import { bulkSeedArticles, searchQueries } from "./bench-seed";

let ctx: Awaited<ReturnType<typeof createTestDatabase>>;

before(async () => {
  ctx = await createTestDatabase("bench_seed");
  const section = (await ctx.prisma.section.create({ data: { name: "World", slug: "world", position: 0 } })).id;
  const story = (slug: string, bodyText: string, status: "PUBLISHED" | "DRAFT") =>
    ctx.prisma.article.create({ data: { headline: `Headline ${slug}`, slug, body: { type: "doc", content: [] }, bodyText, status, sectionId: section, publishedAt: status === "PUBLISHED" ? new Date() : null } });
  await story("harbour", "Fishermen mended their nets beside the harbour wall before sunrise.", "PUBLISHED");
  await story("valley", "Farmers counted sheep across the valley after the flooding receded.", "PUBLISHED");
  await story("draft", "Unpublished draft words nobody should copy.", "DRAFT");
});

after(async () => {
  await ctx?.drop();
});

test("bulk seeding copies only published stories, newest first", async () => {
  const report = await bulkSeedArticles(ctx.url, 25);
  assert.equal(report.articles, 25);
  const copies = await ctx.prisma.article.findMany({ where: { headline: { endsWith: ")" } }, orderBy: { publishedAt: "desc" } });
  assert.equal(copies.length, 25);
  assert.ok(copies.every((c) => c.status === "PUBLISHED" && !c.bodyText.includes("Unpublished")));
  assert.match(copies[0]!.headline, /\(1\)$/);
  assert.match(copies[24]!.headline, /\(25\)$/);
  assert.equal(new Set(copies.map((c) => c.slug)).size, 25, "every copy has its own slug");
  await assert.rejects(bulkSeedArticles(ctx.url, -1), /not a story count/);
});

test("search queries are distinct, repeatable, and as many as asked for past the words there are", { timeout: 60_000 }, async () => {
  const few = await searchQueries(ctx.url, 8);
  assert.deepEqual(few, await searchQueries(ctx.url, 8));
  assert.ok(few.slice(0, 3).every((q) => !q.includes(" ")) && few[3]!.includes(" "), "one word, then two for every fourth");
  // The stories hold about twenty words of five letters or more: 40 queries need pairs past them.
  const many = await searchQueries(ctx.url, 40);
  assert.equal(many.length, 40);
  assert.equal(new Set(many).size, 40);
  assert.deepEqual(many.slice(0, 8), few, "asking for more keeps the first ones");
  assert.ok(many.every((q) => /^\p{L}{5,}( \p{L}{5,})?$/u.test(q)));
  // More than the words can make: a clear error, not a loop without end.
  await assert.rejects(searchQueries(ctx.url, 100_000), /give only \d+ different search queries, not 100000/);
});
