// Where /news/{ref} requests land (proxy.ts answers 301 to it). Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

let ctx: Awaited<ReturnType<typeof createTestDatabase>>;
let resolveArticleRef: typeof import("./article-routes").resolveArticleRef;
const ids: Record<string, number> = {};
const HOUR = 3_600_000;

before(async () => {
  ctx = await createTestDatabase("article_routes");
  process.env.DATABASE_URL = ctx.url; // lib/db reads it on first use
  ({ resolveArticleRef } = await import("./article-routes"));
  const section = await ctx.prisma.section.create({ data: { name: "World", slug: "world" } });
  const make = async (key: string, slug: string, history: string[], extra: Record<string, unknown>) => {
    const row = await ctx.prisma.article.create({
      data: { headline: key, slug, body: { type: "doc", content: [] }, sectionId: section.id, slugHistory: { create: history.map((s) => ({ slug: s })) }, ...extra },
    });
    ids[key] = row.id;
  };
  const live = { status: "PUBLISHED", publishedAt: new Date(Date.now() - HOUR) };
  await make("renamed", "harbour-reopens-after-storm", ["harbour-reopens", "harbour-reopens-after-storm"], live);
  await make("older-same-slug", "budget-vote", [], { status: "PUBLISHED", publishedAt: new Date(Date.now() - 5 * HOUR) });
  await make("newer-same-slug", "budget-vote", [], live);
  await make("draft", "secret-plan", ["old-secret"], { status: "DRAFT" });
  await make("deleted", "gone-story", ["gone-old"], { ...live, deletedAt: new Date() });
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("an id finds its article whatever slug came with it", async () => {
  const canonical = `/news/${ids.renamed}-harbour-reopens-after-storm`;
  for (const ref of [`${ids.renamed}`, `${ids.renamed}-harbour-reopens`, `${ids.renamed}-wrong`, `${ids.renamed}-harbour-reopens-after-storm`]) {
    assert.equal(await resolveArticleRef(ref), canonical, ref);
  }
});

test("a bare slug finds the live article that has it now, or had it before", async () => {
  assert.equal(await resolveArticleRef("harbour-reopens"), `/news/${ids.renamed}-harbour-reopens-after-storm`);
  assert.equal(await resolveArticleRef("harbour-reopens-after-storm"), `/news/${ids.renamed}-harbour-reopens-after-storm`);
  assert.equal(await resolveArticleRef("budget-vote"), `/news/${ids["newer-same-slug"]}-budget-vote`);
});

test("drafts, deleted stories, unknown ids and junk resolve to nothing", async () => {
  for (const ref of [`${ids.draft}-secret-plan`, "secret-plan", "old-secret", `${ids.deleted}`, "gone-old", "987654-x", "no-such-story", "", "Upper-Case", "../etc", "<script>"]) {
    assert.equal(await resolveArticleRef(ref), null, ref);
  }
});
