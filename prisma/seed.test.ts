// Demo content: enough of everything to show the site, idempotent, and no known password unless asked.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";
import { verifyPassword } from "@/lib/password";
import { seedDemoContent, editorialOrder, DEMO_ACCOUNTS } from "./seed";
import { demoArticles, demoRussianArticles } from "./demo/content";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let withoutPassword: Ctx;

before(async () => {
  ctx = await createTestDatabase("seed");
  withoutPassword = await createTestDatabase("seed_nopw");
});
after(async () => {
  await ctx.drop();
  await withoutPassword.drop();
});

test("seeds sections, authors, published articles, workflow states and one account per role", async () => {
  const report = await seedDemoContent(ctx.prisma, { demoPassword: "local-demo-pass" });
  const { prisma } = ctx;
  assert.equal(report.created, demoArticles.length + demoRussianArticles.length);
  assert.ok((await prisma.section.count()) >= 8);
  const published = await prisma.article.count({ where: { status: "PUBLISHED", publishedAt: { lte: new Date() } } });
  assert.ok(published >= 80, `${published} published`);
  assert.ok((await prisma.article.count({ where: { status: "DRAFT" } })) >= 2);
  assert.equal(await prisma.article.count({ where: { status: "IN_REVIEW" } }), 1);
  assert.equal(await prisma.article.count({ where: { status: "SCHEDULED", scheduledAt: { gt: new Date() } } }), 1);

  const oldest = await prisma.article.findFirst({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "asc" } });
  assert.ok(Date.now() - oldest!.publishedAt!.getTime() > 14 * 86_400_000, "spread over the last weeks");
  for (const section of await prisma.section.findMany({ include: { _count: { select: { articles: true } } } })) {
    assert.ok(section._count.articles >= 5, `${section.slug} has stories`);
  }
  const article = await prisma.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, include: { tags: true, authors: { include: { user: true } }, leadMedia: true } });
  assert.ok(article.tags.length >= 1);
  assert.ok(article.authors[0]?.user.bio);
  assert.ok(article.leadMedia?.alt && article.leadMedia.width && article.leadMedia.height);
  assert.ok(article.bodyText.split(/\s+/).length > 150, "several paragraphs");
  assert.ok(JSON.stringify(article.body).includes('"blockquote"') || (await prisma.article.count({ where: { bodyText: { contains: "“" } } })) > 0);

  for (const account of DEMO_ACCOUNTS) {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: account.email }, omit: { passwordHash: false } });
    assert.equal(user.role, account.role);
    assert.ok(user.passwordHash?.startsWith("$argon2id$"));
    assert.ok(await verifyPassword(user.passwordHash!, "local-demo-pass"));
  }
});

test("seeding again creates nothing new", async () => {
  const before = await ctx.prisma.article.count();
  const report = await seedDemoContent(ctx.prisma, { demoPassword: "local-demo-pass" });
  assert.equal(report.created, 0);
  assert.equal(await ctx.prisma.article.count(), before);
  assert.equal(await ctx.prisma.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } }), DEMO_ACCOUNTS.length);
});

test("without a demo password no account can sign in", async () => {
  await seedDemoContent(withoutPassword.prisma, { demoPassword: null });
  assert.equal(await withoutPassword.prisma.user.count({ where: { passwordHash: { not: null } } }), 0);
  assert.equal(await withoutPassword.prisma.user.count({ where: { email: { in: DEMO_ACCOUNTS.map((a) => a.email) } } }), 0);
});

test("search finds seeded stories by words in their headline", async () => {
  const target = await ctx.prisma.article.findFirstOrThrow({ where: { status: "PUBLISHED", language: "en" }, orderBy: { id: "desc" } });
  const words = target.headline.split(/[^\p{L}]+/u).filter((w) => w.length > 5).slice(0, 2).join(" ");
  const rows = await ctx.prisma.$queryRaw<{ headline: string }[]>`
    SELECT headline FROM "Article" WHERE "searchVector" @@ websearch_to_tsquery('english', ${words})
    ORDER BY ts_rank("searchVector", websearch_to_tsquery('english', ${words})) DESC LIMIT 5`;
  assert.ok(rows.some((r) => r.headline === target.headline), `searching "${words}"`);
});

test("Russian stories are indexed with Russian stemming: «выборы» finds «выборах» and «выборов»", async () => {
  const rows = await ctx.prisma.$queryRaw<{ headline: string; language: string }[]>`
    SELECT headline, language FROM "Article" WHERE "searchVector" @@ websearch_to_tsquery('russian', 'выборы')`;
  assert.ok(rows.length >= 2, `${rows.length} found`);
  assert.ok(rows.every((r) => r.language === "ru"));
  assert.ok(rows.some((r) => r.headline.includes("выборах")) && rows.some((r) => r.headline.includes("выборов")));
  assert.ok(!rows.some((r) => /(?:^|[^\p{L}])выборы(?:[^\p{L}]|$)/iu.test(r.headline)), "no headline has the query's own form");
});

test("the Russian edition has its own published stories, tags and section names", async () => {
  const published = await ctx.prisma.article.count({ where: { language: "ru", status: "PUBLISHED" } });
  assert.ok(published >= 20, `${published} Russian stories`);
  assert.equal(await ctx.prisma.section.count({ where: { nameRu: null } }), 0);
  const tag = await ctx.prisma.tag.findFirstOrThrow({ where: { name: "Выборы" } });
  assert.equal(tag.slug, "vybory");
  // Russian stories carry Russian tags only, even where a transliteration meets an English slug.
  const tagNames = await ctx.prisma.tag.findMany({ where: { articles: { some: { article: { language: "ru" } } } }, select: { name: true } });
  assert.ok(tagNames.length > 10 && tagNames.every((t) => /^[А-ЯЁа-яё -]+$/u.test(t.name)), tagNames.map((t) => t.name).join(", "));
  // Their pictures have Russian alt text and captions.
  const media = await ctx.prisma.media.findMany({ where: { leadOf: { some: { language: "ru" } } }, select: { alt: true, caption: true } });
  assert.ok(media.length >= 20 && media.every((m) => /[А-Яа-я]/.test(m.alt) && /[А-Яа-я]/.test(m.caption ?? "")));
});

test("the front-page order puts the breaking story first and mixes sections", () => {
  const ordered = editorialOrder(demoArticles);
  assert.equal(ordered.length, demoArticles.length);
  assert.equal(ordered[0]?.breaking, true);
  const firstNine = new Set(ordered.slice(1, 10).map((a) => a.section));
  assert.ok(firstNine.size >= 8, "the first stories come from different sections");
});

test("every demo media insert matches a story, and its files exist", async () => {
  const fs = await import("node:fs");
  const path = await import("node:path");
  const { demoMediaInserts } = await import("./demo/media");
  for (const insert of demoMediaInserts) {
    assert.ok([...demoArticles, ...demoRussianArticles].some((a) => a.headline === insert.headline), insert.headline);
    const files = JSON.stringify(insert.node).match(/\/demo\/[A-Za-z0-9._/-]+/g) ?? [];
    for (const file of files) assert.ok(fs.existsSync(path.join(import.meta.dirname, "../public", file)), file);
  }
  const types = new Set((await ctx.prisma.article.findMany({ select: { body: true } })).flatMap((a) => ((a.body as { content: { type: string }[] }).content).map((n) => n.type)));
  for (const type of ["gallery", "image", "video", "audio"]) assert.ok(types.has(type), `a seeded body has a ${type}`);
});
