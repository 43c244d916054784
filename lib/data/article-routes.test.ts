// Where /news/{ref} requests land (proxy.ts answers 301 to it). Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

let ctx: Awaited<ReturnType<typeof createTestDatabase>>;
let resolveArticleRef: typeof import("./article-routes").resolveArticleRef;
let forgetArticleRoutes: typeof import("./article-routes").forgetArticleRoutes;
const ids: Record<string, number> = {};
const HOUR = 3_600_000;

before(async () => {
  ctx = await createTestDatabase("article_routes");
  process.env.DATABASE_URL = ctx.url; // lib/db reads it on first use
  ({ resolveArticleRef, forgetArticleRoutes } = await import("./article-routes"));
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

test("in the server a live article's path is kept by id until its article tag is expired; a miss is never kept", async (t) => {
  // Only `next start` keeps paths (NEXT_RUNTIME=nodejs); scripts and these other tests read every time.
  process.env.NEXT_RUNTIME = "nodejs";
  t.after(() => {
    delete process.env.NEXT_RUNTIME;
    forgetArticleRoutes(["site"]);
  });
  const section = await ctx.prisma.section.findFirstOrThrow({ where: { slug: "world" } });
  const row = await ctx.prisma.article.create({
    data: { headline: "kept", slug: "ferry-timetable", body: { type: "doc", content: [] }, sectionId: section.id, status: "PUBLISHED", publishedAt: new Date(Date.now() - HOUR) },
  });
  assert.equal(await resolveArticleRef(`${row.id}-anything`), `/news/${row.id}-ferry-timetable`);

  // A change behind the app's back (no tag expired) is not seen: the path was kept.
  await ctx.prisma.article.update({ where: { id: row.id }, data: { slug: "ferry-timetable-changes" } });
  assert.equal(await resolveArticleRef(`${row.id}`), `/news/${row.id}-ferry-timetable`);
  // Tags for other stories, and junk, leave it.
  forgetArticleRoutes([`article:${row.id + 1}`, "home", `article:${row.id}x`, `xarticle:${row.id}`, "article:99999999999999"]);
  assert.equal(await resolveArticleRef(`${row.id}`), `/news/${row.id}-ferry-timetable`);
  // Its own tag (what every newsroom write on a live story expires) forgets it.
  forgetArticleRoutes(["home", `article:${row.id}`]);
  assert.equal(await resolveArticleRef(`${row.id}`), `/news/${row.id}-ferry-timetable-changes`);

  // Unpublished and expired: gone. Not found is not kept, so publishing again shows at once.
  await ctx.prisma.article.update({ where: { id: row.id }, data: { status: "DRAFT" } });
  forgetArticleRoutes([`article:${row.id}`]);
  assert.equal(await resolveArticleRef(`${row.id}`), null);
  await ctx.prisma.article.update({ where: { id: row.id }, data: { status: "PUBLISHED" } });
  assert.equal(await resolveArticleRef(`${row.id}`), `/news/${row.id}-ferry-timetable-changes`);

  // "site" forgets everything.
  await ctx.prisma.article.update({ where: { id: row.id }, data: { slug: "ferry-timetable-final" } });
  forgetArticleRoutes(["site"]);
  assert.equal(await resolveArticleRef(`${row.id}`), `/news/${row.id}-ferry-timetable-final`);

  // Unknown ids take no room, however many are asked for.
  for (let i = 0; i < 50; i++) assert.equal(await resolveArticleRef(`${900_000 + i}-nothing`), null);
});
