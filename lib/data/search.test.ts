// Search with many matches: the capped count, relevance over the newest matches with the rest by
// date, one order across pages, both ways of finding the newest matches (walking the date index
// for a common word, sorting every match from the GIN index for a rarer one, on either side of
// COUNT_CAP), filters, and the Russian edition. Real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let search: typeof import("./search");

// "harbour" is in the body of more stories than COUNT_CAP, and of most of the newest (the walk);
// "lantern" of fewer than COUNT_CAP (the index); "ledger" of more than COUNT_CAP, all older than
// every harbour story, so walking from the newest would pass every harbour story first (the index).
const HARBOUR = 2_500;
const LANTERN = 150;
const LEDGER = 1_050;
const MINUTE = 60_000;
const now = Date.now();
const ids: Record<string, number> = {};

before(async () => {
  ctx = await createTestDatabase("search");
  process.env.DATABASE_URL = ctx.url;
  search = await import("./search");
  const { prisma } = ctx;
  const alpha = (await prisma.section.create({ data: { name: "Alpha", slug: "alpha", position: 0 } })).id;
  const beta = (await prisma.section.create({ data: { name: "Beta", slug: "beta", position: 1 } })).id;
  // Story i of a set is i minutes (harbour) or 7i minutes (lantern, выборы) old.
  const bulk = (sql: string) => prisma.$executeRawUnsafe(sql);
  await bulk(`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, language, "sectionId", "publishedAt", "updatedAt")
    SELECT 'Story ' || i, 'Standfirst ' || i, 'harbour-' || i, '{"type":"doc","content":[]}'::jsonb, 'The harbour was busy on day ' || i || '.',
      'PUBLISHED', 'en', CASE WHEN i % 3 = 0 THEN ${beta} ELSE ${alpha} END, now() - i * interval '1 minute', now()
    FROM generate_series(1, ${HARBOUR}) i`);
  await bulk(`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, language, "sectionId", "publishedAt", "updatedAt")
    SELECT 'Evening ' || i, 'Standfirst ' || i, 'lantern-' || i, '{"type":"doc","content":[]}'::jsonb, 'A lantern was lit in the square, evening ' || i || '.',
      'PUBLISHED', 'en', ${alpha}, now() - i * interval '7 minutes', now()
    FROM generate_series(1, ${LANTERN}) i`);
  await bulk(`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, language, "sectionId", "publishedAt", "updatedAt")
    SELECT 'Accounts ' || i, 'Standfirst ' || i, 'ledger-' || i, '{"type":"doc","content":[]}'::jsonb, 'The ledger of year ' || i || ' was closed.',
      'PUBLISHED', 'en', ${beta}, now() - interval '30 days' - i * interval '1 minute', now()
    FROM generate_series(1, ${LEDGER}) i`);
  await bulk(`
    INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, language, "sectionId", "publishedAt", "updatedAt")
    SELECT 'Новости ' || i, 'Коротко ' || i, 'vybory-' || i, '{"type":"doc","content":[]}'::jsonb, 'Выборы прошли спокойно, день ' || i || '.',
      'PUBLISHED', 'ru', ${alpha}, now() - i * interval '7 minutes', now()
    FROM generate_series(1, 120) i`);
  const story = async (key: string, data: { headline: string; standfirst: string; text: string; minutesAgo: number; language?: string }) => {
    const row = await prisma.article.create({
      data: {
        headline: data.headline,
        standfirst: data.standfirst,
        slug: key,
        body: { type: "doc", content: [] },
        bodyText: data.text,
        status: "PUBLISHED",
        language: data.language ?? "en",
        publishedAt: new Date(now - data.minutesAgo * MINUTE),
        sectionId: alpha,
      },
    });
    ids[key] = row.id;
  };
  // Strong matches (headline, standfirst and body): one among the newest RANKED_MATCHES of each
  // set, one older than that among the harbour stories.
  await story("harbour-reopens", { headline: "Harbour reopens", standfirst: "The harbour is open again", text: "Ships entered the harbour at dawn. The harbour master was pleased.", minutesAgo: 50.5 });
  await story("harbour-strike-ends", { headline: "Harbour strike ends", standfirst: "Work resumes at the harbour", text: "The harbour strike is over. Harbour crews return.", minutesAgo: 130.5 });
  await story("lantern-festival", { headline: "Lantern festival", standfirst: "Thousands carried a lantern", text: "Every lantern in town was lit. The lantern parade ran late.", minutesAgo: 40 * 7 + 3 });
  // Capitalised, so it is found only through the Cyrillic case-fold.
  await story("vybory-v-gorode", { headline: "Выборы в городе", standfirst: "Выборы прошли спокойно", text: "Выборы мэра. Выборы прошли без нарушений.", minutesAgo: 60 * 7 + 3, language: "ru" });
  // Snippets: a word only in the headline, and one deep in a long body (lib/search-snippet.ts).
  const filler = Array.from({ length: 40 }, (_, i) => `Paragraph ${i + 1} says nothing of note about the city.`).join("\n\n");
  await story("quarry-plan", { headline: "Quarry plan approved", standfirst: "The council voted eight to three for the new pit. Residents say they will appeal.", text: `Work could begin in spring. ${filler}`, minutesAgo: 90 });
  await story("city-transport", { headline: "City transport", standfirst: "Buses, trains and ferries.", text: `${filler} The old depot was sold last year. Engineers want the tramline back by 2030 and say the cost is modest. ${filler}`, minutesAgo: 95 });
  await prisma.$executeRawUnsafe(`ANALYZE "Article", "ArticleSearch"`);
});

after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

const slugsOf = (hits: { slug: string }[]) => hits.map((h) => h.slug);

/** Slugs on pages `from`..`to` of a search. */
async function pagesOf(q: string, sort: "relevance" | "newest", from: number, to: number, edition: "en" | "ru" = "en"): Promise<string[][]> {
  const out = [];
  for (let page = from; page <= to; page++) out.push(slugsOf((await search.searchArticles({ q, sort, page, edition })).hits));
  return out;
}

test("snippets read as text: the standfirst whole for a headline match, a deep match from its sentence's start", async () => {
  const { MARK_START, MARK_END } = await import("@/lib/search-markers");
  const [headlineOnly] = (await search.searchArticles({ q: "quarry", sort: "relevance", page: 1 })).hits;
  assert.equal(headlineOnly?.snippet, "The council voted eight to three for the new pit. Residents say they will appeal.");
  const deep = (await search.searchArticles({ q: "tramline", sort: "relevance", page: 1 })).hits[0]!;
  assert.ok(deep.snippet.startsWith(`Engineers want the ${MARK_START}tramline${MARK_END} back by 2030`), deep.snippet);
  assert.ok(deep.snippet.endsWith(" …") || deep.snippet.endsWith("."), deep.snippet);
  assert.ok(!/\s{2}|\n/.test(deep.snippet), "paragraph breaks read as spaces");
});

test("snippets mark every form of the query's words the stemmer matches, in either case and script, and nothing else", async () => {
  const { MARK_START: S, MARK_END: E } = await import("@/lib/search-markers");
  const strike = (await search.searchArticles({ q: "HARBOURS strikes", sort: "newest", page: 1 })).hits.find((h) => h.slug === "harbour-strike-ends")!;
  assert.ok(strike.snippet.includes(`the ${S}harbour${E}`) && strike.snippet.includes(`${S}Harbour${E} crews`), strike.snippet);
  assert.ok(strike.snippet.includes(`${S}strike${E} is over`), strike.snippet);
  assert.ok(!strike.snippet.includes(`${S}Work${E}`), "a word of the text that is not in the query is not marked");
  // «Выборы» with a capital, under the C locale: PostgreSQL's own ts_headline left it unmarked.
  const ru = (await search.searchArticles({ q: "выборов", sort: "relevance", page: 1, edition: "ru" })).hits.find((h) => h.slug === "vybory-v-gorode")!;
  assert.ok(ru.snippet.startsWith(`${S}Выборы${E} прошли спокойно`), ru.snippet);
  assert.equal(ru.snippet.split(S).length - 1, 3, ru.snippet);
  // Words that only look like regex or SQL are matched as words.
  const odd = await search.searchArticles({ q: "harbour.* (strike|x) 'ends'; --", sort: "newest", page: 1 });
  assert.ok(odd.hits.every((h) => !h.snippet.includes(`${S}.`)), "punctuation is never marked");
});

test("the count stops at COUNT_CAP, says there were more, and pages stop there too", async () => {
  const common = await search.searchArticles({ q: "harbour", sort: "relevance", page: 1 });
  assert.equal(common.total, search.COUNT_CAP);
  assert.equal(common.more, true);
  assert.equal(common.pages, search.COUNT_CAP / 20);
  // A page past the cap shows the last page, in both orders: the same stories, by date.
  const lastNewest = await search.searchArticles({ q: "harbour", sort: "newest", page: 9999 });
  assert.equal(lastNewest.page, common.pages);
  assert.equal(lastNewest.hits.length, 20);
  const lastRelevance = await search.searchArticles({ q: "harbour", sort: "relevance", page: 9999 });
  assert.deepEqual(slugsOf(lastRelevance.hits), slugsOf(lastNewest.hits));
  // Under the cap the count is exact.
  const rarer = await search.searchArticles({ q: "lantern", sort: "relevance", page: 1 });
  assert.equal(rarer.total, LANTERN + 1);
  assert.equal(rarer.more, false);
  assert.equal(rarer.pages, Math.ceil((LANTERN + 1) / 20));
});

test("the best match ranks first among many matches, on both paths", async () => {
  const common = await search.searchArticles({ q: "harbour", sort: "relevance", page: 1 });
  assert.equal(common.hits[0]!.slug, "harbour-reopens");
  const rarer = await search.searchArticles({ q: "lantern", sort: "relevance", page: 1 });
  assert.equal(rarer.hits[0]!.slug, "lantern-festival");
  // Newest first puts them where their dates are.
  assert.notEqual((await search.searchArticles({ q: "harbour", sort: "newest", page: 1 })).hits[0]!.slug, "harbour-reopens");
  assert.notEqual((await search.searchArticles({ q: "lantern", sort: "newest", page: 1 })).hits[0]!.slug, "lantern-festival");
});

test("relevance ranks the newest RANKED_MATCHES matches, then continues by date, one order across pages", async () => {
  const rankedPages = search.RANKED_MATCHES / 20;
  for (const q of ["harbour", "lantern"]) {
    const relevance = await pagesOf(q, "relevance", 1, rankedPages + 2);
    const newest = await pagesOf(q, "newest", 1, rankedPages + 2);
    const seen = relevance.flat();
    assert.equal(new Set(seen).size, seen.length, `${q}: a story shown twice across pages`);
    // The ranked pages hold exactly the newest matches, in another order.
    const ranked = relevance.slice(0, rankedPages).flat();
    assert.deepEqual([...ranked].sort(), newest.slice(0, rankedPages).flat().sort(), q);
    assert.notDeepEqual(ranked, newest.slice(0, rankedPages).flat(), `${q}: relevance did not reorder`);
    // After them, the same pages as newest first.
    assert.deepEqual(relevance.slice(rankedPages), newest.slice(rankedPages), q);
  }
});

test("an older strong match is still found: in its place by date, under both orders", async () => {
  // 130 minutes old: older than the newest RANKED_MATCHES harbour stories, so it is not ranked.
  const newest = await pagesOf("harbour", "newest", 1, 8);
  const page = newest.findIndex((slugs) => slugs.includes("harbour-strike-ends"));
  assert.equal(page, 6, "the 131st newest is on page 7");
  const relevance = await pagesOf("harbour", "relevance", 1, 8);
  assert.deepEqual(relevance[6], newest[6]);
  // Narrowing by date brings it to the top of the ranking.
  const narrowed = await search.searchArticles({ q: "harbour", to: new Date(now - 100 * MINUTE), sort: "relevance", page: 1 });
  assert.equal(narrowed.hits[0]!.slug, "harbour-strike-ends");
});

test("filters apply on both paths, and the count is exact within them", async () => {
  const beta = await search.searchArticles({ q: "harbour", section: "beta", sort: "relevance", page: 1 });
  assert.ok(beta.hits.length === 20 && beta.hits.every((h) => h.section.slug === "beta"));
  assert.equal(beta.total, Math.floor(HARBOUR / 3));
  assert.equal(beta.more, false);
  const old = await search.searchArticles({ q: "harbour", to: new Date(now - (HARBOUR - 100) * MINUTE), sort: "newest", page: 1 });
  assert.ok(old.total >= 99 && old.total <= 101, `about 100 harbour stories are older than ${HARBOUR - 100} minutes, got ${old.total}`);
  assert.ok(old.hits.every((h) => h.publishedAt.getTime() < now - (HARBOUR - 100) * MINUTE));
  const recent = await search.searchArticles({ q: "harbour", from: new Date(now - 30 * MINUTE), sort: "relevance", page: 1 });
  assert.ok(recent.total >= 29 && recent.total <= 31, `about 30 harbour stories are newer than 30 minutes, got ${recent.total}`);
});

test("the Russian edition: many matches, the capitalised headline ranks first, English search does not see them", async () => {
  const ru = await search.searchArticles({ q: "выборы", sort: "relevance", page: 1, edition: "ru" });
  assert.equal(ru.total, 121);
  assert.equal(ru.hits[0]!.slug, "vybory-v-gorode");
  assert.ok(ru.hits.every((h) => h.language === "ru"));
  assert.equal((await search.searchArticles({ q: "ВЫБОРЫ", sort: "relevance", page: 1, edition: "ru" })).hits[0]!.slug, "vybory-v-gorode");
  assert.equal((await search.searchArticles({ q: "выборы", sort: "relevance", page: 1, edition: "en" })).total, 0);
  const pages = await pagesOf("выборы", "relevance", 1, 7, "ru");
  assert.equal(new Set(pages.flat()).size, 121);
});

test("a word past COUNT_CAP whose matches are all old: every match from the index, newest first, on every page", async () => {
  const plan = await search.searchPlan({ q: "ledger", sort: "relevance", page: 1 });
  assert.equal(plan?.plan, "index", `walking from the newest would test ${HARBOUR + LANTERN} stories first: ${JSON.stringify(plan)}`);
  const first = await search.searchArticles({ q: "ledger", sort: "relevance", page: 1 });
  assert.equal(first.total, search.COUNT_CAP);
  assert.equal(first.more, true);
  // The ranked pages hold the newest 100 ledgers (ledger-1 … ledger-100).
  const ranked = (await pagesOf("ledger", "relevance", 1, search.RANKED_MATCHES / 20)).flat();
  assert.deepEqual([...ranked].sort(), Array.from({ length: 100 }, (_, i) => `ledger-${i + 1}`).sort());
  // By date, any page: page 3 is ledger-41 … ledger-60, and the last page is there too.
  assert.deepEqual(slugsOf((await search.searchArticles({ q: "ledger", sort: "newest", page: 3 })).hits), Array.from({ length: 20 }, (_, i) => `ledger-${41 + i}`));
  const last = await search.searchArticles({ q: "ledger", sort: "newest", page: search.COUNT_CAP / 20 });
  assert.deepEqual(slugsOf(last.hits), Array.from({ length: 20 }, (_, i) => `ledger-${search.COUNT_CAP - 19 + i}`));
});

test("the plan: a common word walks the date index, a rare one takes the index, from real estimates", async () => {
  const harbour = await search.searchPlan({ q: "harbour", sort: "relevance", page: 1 });
  assert.equal(harbour?.plan, "walk", JSON.stringify(harbour));
  assert.ok(harbour!.estimate.matches > search.COUNT_CAP && harbour!.estimate.stories >= harbour!.estimate.matches, JSON.stringify(harbour));
  const lantern = await search.searchPlan({ q: "lantern", sort: "relevance", page: 1 });
  assert.equal(lantern?.plan, "index", JSON.stringify(lantern));
  // In one section the word is still common, so the plan is to walk; but the count stays under
  // COUNT_CAP, and then the newest come from the counted matches, not the walk (the filters test
  // checks the exact count and the section of every hit).
  assert.equal((await search.searchPlan({ q: "harbour", section: "beta", sort: "relevance", page: 1 }))?.plan, "walk");
  // Two common words that never meet in one story: nothing, and quickly, whatever the estimate.
  assert.equal((await search.searchArticles({ q: "harbour ledger", sort: "relevance", page: 1 })).total, 0);
  // Deep pages need more matches: walking for them is dearer, so even a common word takes the index.
  assert.equal((await search.searchPlan({ q: "harbour", sort: "newest", page: 50 }))?.plan, "index");
  assert.equal(await search.searchPlan({ q: "   ", sort: "relevance", page: 1 }), null);
  // A word nobody wrote: nothing to walk for.
  assert.equal((await search.searchPlan({ q: "zyzzyvaqx", sort: "relevance", page: 1 }))?.plan, "index");
});

test("newestMatchesPlan weighs a walk of need / density stories against every match in the table", () => {
  const plan = search.newestMatchesPlan;
  // Half the stories match: 100 / 0.5 × 12 = 2,400 tested against 50,000 matches to sort.
  assert.equal(plan({ matches: 50_000, stories: 100_000, tableMatches: 50_000 }, 100), "walk");
  // One in a thousand: 1,200,000 against 100.
  assert.equal(plan({ matches: 100, stories: 100_000, tableMatches: 100 }, 100), "index");
  // The crossover: density 10 % gives 12,000 against 10,000; 15 % gives 8,000 against 15,000.
  assert.equal(plan({ matches: 10_000, stories: 100_000, tableMatches: 10_000 }, 100), "index");
  assert.equal(plan({ matches: 15_000, stories: 100_000, tableMatches: 15_000 }, 100), "walk");
  // A filter (one section of ten) makes the walk's stories the section's, the index's matches the
  // table's: 100 / 0.2 × 12 = 6,000 against 20,000 (against the section's 2,000 matches alone, the index).
  assert.equal(plan({ matches: 2_000, stories: 10_000, tableMatches: 20_000 }, 100), "walk");
  // No estimate at all: the index, which is right for anything rare.
  assert.equal(plan({ matches: 0, stories: 0, tableMatches: 0 }, 100), "index");
});
