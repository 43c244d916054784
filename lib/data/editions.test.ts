// The Russian edition in the data layer: every public read keeps to its edition (lists, home,
// related, adjacent, most read, breaking, feeds, search, sitemaps), Russian search stems words,
// URLs follow the story's language, and writes name the edition's cache tags. Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let data: {
  articles: typeof import("./articles");
  lists: typeof import("./lists");
  home: typeof import("./home");
  search: typeof import("./search");
  feeds: typeof import("./feeds");
  sitemaps: typeof import("./sitemaps");
  routes: typeof import("./article-routes");
  facts: typeof import("./cache-facts");
};
const HOUR = 3_600_000;
const now = Date.now();
const id: Record<string, number> = {};
let section: { id: number; slug: string };
let tag: { id: number; slug: string };
let author: { id: number; slug: string };

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

before(async () => {
  ctx = await createTestDatabase("editions");
  process.env.DATABASE_URL = ctx.url;
  const [articles, lists, home, search, feeds, sitemaps, routes, facts] = await Promise.all([
    import("./articles"), import("./lists"), import("./home"), import("./search"), import("./feeds"), import("./sitemaps"), import("./article-routes"), import("./cache-facts"),
  ]);
  data = { articles, lists, home, search, feeds, sitemaps, routes, facts };
  const { prisma } = ctx;
  section = await prisma.section.create({ data: { name: "World", nameRu: "В мире", slug: "world" }, select: { id: true, slug: true } });
  tag = await prisma.tag.create({ data: { name: "Harbour", slug: "harbour" }, select: { id: true, slug: true } });
  author = await prisma.user.create({ data: { email: "w@example.org", name: "Wendy Writer", slug: "wendy-writer", role: "WRITER" }, select: { id: true, slug: true } });
  const make = async (key: string, language: "en" | "ru", headline: string, text: string, hoursAgo: number, extra: { breaking?: boolean; status?: "PUBLISHED" | "DRAFT" } = {}) => {
    const row = await prisma.article.create({
      data: {
        headline,
        slug: `story-${key}`,
        language,
        body: doc(text),
        bodyText: text,
        status: extra.status ?? "PUBLISHED",
        publishedAt: extra.status === "DRAFT" ? null : new Date(now - hoursAgo * HOUR),
        breaking: extra.breaking ?? false,
        sectionId: section.id,
        authors: { create: { userId: author.id } },
        tags: { create: { tagId: tag.id } },
        pageViews: { create: { day: new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate())), views: 10 } },
      },
    });
    id[key] = row.id;
  };
  await make("en1", "en", "Harbour reopens after the storm", "The harbour master said ships may enter again.", 1, { breaking: true });
  await make("en2", "en", "Elections in the valley", "Voters queued for hours at the elections.", 3);
  await make("ru1", "ru", "Явка на выборах оказалась рекордной", "Избиратели стояли в очередях; гавань открыта.", 2, { breaking: true });
  await make("ru2", "ru", "После выборов главное — дороги", "Новому парламенту нужно ремонтировать мосты.", 4);
  await make("ru3", "ru", "Порт принял контейнеровоз", "Разгрузка шла круглые сутки.", 6);
  await make("rudraft", "ru", "Черновик о выборах", "Выборы, выборы, выборы.", 0, { status: "DRAFT" });
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

const slugs = (items: { slug: string }[]) => items.map((a) => a.slug).sort();

test("latest stories: each edition sees only its own", async () => {
  assert.deepEqual(slugs(await data.articles.getLatestArticles(25, "ru")), ["story-ru1", "story-ru2", "story-ru3"]);
  assert.deepEqual(slugs(await data.articles.getLatestArticles(25, "en")), ["story-en1", "story-en2"]);
  assert.deepEqual(slugs(await data.articles.getLatestArticles(25)), ["story-en1", "story-en2"], "English by default");
  const [ru] = await data.articles.getLatestArticles(1, "ru");
  assert.equal(ru!.language, "ru");
  assert.equal(ru!.section.name, "В мире", "the Russian section name on Russian cards");
});

test("section, tag and author lists, and the section's topics, keep to the edition", async () => {
  const ref = { id: section.id, slug: section.slug };
  assert.deepEqual(slugs((await data.lists.getSectionArticles(ref, 1, "ru"))!.items), ["story-ru1", "story-ru2", "story-ru3"]);
  assert.deepEqual(slugs((await data.lists.getSectionArticles(ref, 1, "en"))!.items), ["story-en1", "story-en2"]);
  assert.equal((await data.lists.getTagArticles({ id: tag.id, slug: tag.slug }, 1, "ru"))!.total, 3);
  assert.equal((await data.lists.getAuthorArticles({ id: author.id, slug: author.slug }, 1, "en"))!.total, 2);
  assert.deepEqual(await data.lists.getSectionTopTags(ref, 8, "ru"), [{ name: "Harbour", slug: "harbour" }]);
});

test("related, adjacent, most read, breaking and the section blocks keep to the edition", async () => {
  const related = await data.lists.getRelatedArticles({ id: id.ru1!, sectionSlug: "world", tagSlugs: ["harbour"], language: "ru" });
  assert.deepEqual(slugs(related), ["story-ru2", "story-ru3"]);
  const adjacent = await data.lists.getAdjacentInSection({ id: id.ru2!, publishedAt: new Date(now - 4 * HOUR), sectionSlug: "world", language: "ru" });
  assert.equal(adjacent.previous?.slug, "story-ru3");
  assert.equal(adjacent.next?.slug, "story-ru1");
  assert.deepEqual(slugs(await data.home.getMostRead(5, 2, "ru")), ["story-ru1", "story-ru2", "story-ru3"]);
  assert.equal((await data.home.getBreakingArticle(6, "ru"))?.slug, "story-ru1");
  assert.equal((await data.home.getBreakingArticle(6, "en"))?.slug, "story-en1");
  const [block] = await data.home.getSectionBlocks(4, "ru");
  assert.equal(block!.name, "В мире");
  assert.deepEqual(slugs(block!.articles), ["story-ru1", "story-ru2", "story-ru3"]);
});

test("Russian search stems: «выборы» finds «выборах» and «выборов», never a draft or an English story", async () => {
  const ru = await data.search.searchArticles({ q: "выборы", sort: "relevance", page: 1, edition: "ru" });
  assert.deepEqual(slugs(ru.hits), ["story-ru1", "story-ru2"]);
  assert.ok(ru.hits.every((h) => h.language === "ru" && h.section.name === "В мире"));
  // The English search does not see Russian stories, and the Russian one not English stories.
  assert.equal((await data.search.searchArticles({ q: "выборы", sort: "relevance", page: 1, edition: "en" })).total, 0);
  assert.equal((await data.search.searchArticles({ q: "elections", sort: "relevance", page: 1, edition: "ru" })).total, 0);
  assert.deepEqual(slugs((await data.search.searchArticles({ q: "election", sort: "newest", page: 1 })).hits), ["story-en2"]);
  // Russian stemming on another word, and on a phrase.
  assert.deepEqual(slugs((await data.search.searchArticles({ q: "мост", sort: "relevance", page: 1, edition: "ru" })).hits), ["story-ru2"]);
  assert.deepEqual(slugs((await data.search.searchArticles({ q: '"рекордная явка"', sort: "relevance", page: 1, edition: "ru" })).hits), []);
});

test("hostile and mixed-script search text gives ordinary answers", async () => {
  for (const q of ["выборы' OR 1=1 --", "<script>выборы</script>", "выб:* & !!! (((", "Явка AND \"", "harbour гавань", "\u0000выборы\u0007", "ё".repeat(500), "-выборы", "ВЫБОРОВ"]) {
    const result = await data.search.searchArticles({ q, sort: "relevance", page: 1, edition: "ru" });
    assert.ok(Number.isInteger(result.total) && result.hits.every((h) => h.language === "ru"), q);
  }
  // Capitals fold on both sides whatever the database's locale (the test cluster's is C).
  assert.ok((await data.search.searchArticles({ q: "ВЫБОРОВ", sort: "relevance", page: 1, edition: "ru" })).total >= 2, "case-insensitive");
  assert.deepEqual(slugs((await data.search.searchArticles({ q: "явка", sort: "relevance", page: 1, edition: "ru" })).hits), ["story-ru1"], "a capitalised first word is found");
  assert.ok((await data.search.searchArticles({ q: "harbour гавань", sort: "relevance", page: 1, edition: "ru" })).total >= 0);
});

test("feeds: each edition's items, the Russian section name as the title, the /ru path", async () => {
  const ru = await data.feeds.getFeed({ kind: "site" }, { edition: "ru" });
  assert.deepEqual(slugs(ru!.items), ["story-ru1", "story-ru2", "story-ru3"]);
  assert.equal(ru!.edition, "ru");
  assert.equal(ru!.path, "/ru");
  const section = await data.feeds.getFeed({ kind: "section", slug: "world" }, { edition: "ru" });
  assert.equal(section!.title, "В мире");
  assert.equal(section!.path, "/ru/world");
  assert.equal(section!.items[0]!.section, "В мире");
  assert.deepEqual(slugs((await data.feeds.getFeed({ kind: "tag", slug: "harbour" }))!.items), ["story-en1", "story-en2"]);
});

test("article refs resolve to the edition of the story's language", async () => {
  assert.equal(await data.routes.resolveArticleRef(`${id.ru1}`), `/ru/news/${id.ru1}-story-ru1`);
  assert.equal(await data.routes.resolveArticleRef(`${id.en1}-old`), `/news/${id.en1}-story-en1`);
  assert.equal(await data.routes.resolveArticleRef("story-ru2"), `/ru/news/${id.ru2}-story-ru2`);
  assert.equal(await data.routes.resolveArticleRef(`${id.rudraft}`), null);
});

test("sitemaps: Russian section, tag and author pages, and Russian article rows", async () => {
  const sections = await data.sitemaps.listTaxonomyEntries("sections");
  assert.deepEqual(sections.map((s) => `${s.language}:${s.slug}`).sort(), ["en:world", "ru:world"]);
  const tags = await data.sitemaps.listTaxonomyEntries("tags");
  assert.deepEqual(tags.map((s) => `${s.language}:${s.slug}`).sort(), ["en:harbour", "ru:harbour"]);
  const news = await data.sitemaps.listNewsArticles();
  assert.equal(news.find((a) => a.id === id.ru1)?.language, "ru");
  const rows = [];
  for await (const batch of data.sitemaps.articlesInChunk(1, 1000)) rows.push(...batch);
  assert.equal(rows.find((r) => r.id === id.ru3)?.language, "ru");
});

test("a Russian story's change names the Russian pages' cache tags, not the English ones", async () => {
  const { db } = await import("@/lib/db");
  const before = await data.facts.readOneArticleFacts(db(), id.ru3!);
  assert.equal(before?.language, "ru");
  await ctx.prisma.article.update({ where: { id: id.ru3 }, data: { status: "UNPUBLISHED" } });
  const tags = await data.facts.changeTags(db(), before, id.ru3!);
  for (const t of [`article:${id.ru3}`, "ru:home", "ru:feeds", "ru:section:world", "ru:tag:harbour", "ru:author:wendy-writer", "sitemaps"]) assert.ok(tags.includes(t), t);
  for (const t of ["home", "feeds", "section:world", "tag:harbour"]) assert.ok(!tags.includes(t), `no English ${t}`);
  // Moving a story from English to Russian touches both editions.
  const en = await data.facts.readOneArticleFacts(db(), id.en2!);
  await ctx.prisma.article.update({ where: { id: id.en2 }, data: { language: "ru" } });
  const moved = await data.facts.changeTags(db(), en, id.en2!);
  for (const t of ["home", "ru:home", "section:world", "ru:section:world"]) assert.ok(moved.includes(t), t);
  assert.equal(await data.routes.resolveArticleRef(`${id.en2}`), `/ru/news/${id.en2}-story-en2`);
});

test("a story's generated Open Graph card names its section in the story's language; a draft has no card", async () => {
  const ogCards = await import("./og-cards");
  assert.deepEqual(await ogCards.getArticleOgCard(id.ru1!), { headline: "Явка на выборах оказалась рекордной", section: "В мире" });
  assert.deepEqual(await ogCards.getArticleOgCard(id.en1!), { headline: "Harbour reopens after the storm", section: "World" });
  assert.equal(await ogCards.getArticleOgCard(id.rudraft!), null);
});
