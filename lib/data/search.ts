// Full-text search over live articles: the stored tsvector, websearch_to_tsquery, relevance with a
// recency boost, highlighted snippets, filters by section and date, and pagination. Each edition
// searches its own articles with its own text search configuration ('english' or 'russian', the
// one the stored searchVector was built with for that language), so «выборы» finds «выборов».
// At scale the work is bounded: the count stops at COUNT_CAP, relevance ranks only the newest
// RANKED_MATCHES matches, and the newest matches are found the cheaper of two ways, chosen from
// the planner's estimates. Two statements a search, one after the other, and beside the first a
// small one for the query's stems, which mark the snippets' matches (docs/PERFORMANCE.md, "Search").
// Matches are found, filtered, dated and ranked in "ArticleSearch", a narrow copy of each story's
// filter columns and vector kept in step by triggers (docs/DATABASE.md), and only the page's rows
// are read from "Article".
import "server-only";
import { db } from "@/lib/db";
import { LIVE_ARTICLE_SQL } from "@/lib/data/live";
import { mediaUrl } from "@/lib/urls";
import { EDITION_META, type Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { PAGE_SIZE, pageCount } from "@/lib/pagination";
import { Prisma } from "@/lib/generated/prisma/client";
import { cachedSearch } from "@/lib/data/search-cache";
import { candidatePattern, highlightedSnippet, readableSnippet } from "@/lib/search-snippet";

export const MAX_QUERY_LENGTH = 200;
/** Counting stops here: past it the page says "More than 1,000 results" and offers that many (50 pages). */
export const COUNT_CAP = 1000;
/** Relevance ranks this many of the newest matches (a whole number of pages); older ones follow by date. */
export const RANKED_MATCHES = 100;
/**
 * Testing one story against the query while walking the date index costs about this many times
 * more than visiting one match found by the GIN index: the walk reads each story's stored vector
 * (out of line, in TOAST) and the index does not, and the index's visits are to ArticleSearch's
 * narrow rows. Measured at 100,000 stories as where both ways take the same time: 139 words whose
 * ratio fell between 7 and 60, each searched both ways (docs/PERFORMANCE.md, "Search, ninth pass").
 */
export const WALK_COST = 12;
/** A word estimated in this many times COUNT_CAP of the stories searched is not counted (searchArticles). */
export const UNCOUNTED = 10;
/**
 * Snippets are cut from the standfirst and this many characters of the body (lib/search-snippet.ts):
 * each result's text is scanned for words that could match and sent to the server, so a long
 * read would otherwise cost more per result; a match further down shows the standfirst instead.
 */
export const SNIPPET_SOURCE = 3000;
/** Enough of the body to tell whether a snippet starts where the text starts (lib/search-snippet.ts). */
const SNIPPET_OPENING = 60;
const CYRILLIC_UPPER = "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ";
const CYRILLIC_LOWER = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя";

/** The planner's estimates: matches within the filters, stories within them, matches in the table. */
export type SearchEstimate = { matches: number; stories: number; tableMatches: number };

/**
 * Two ways to find the newest `need` matches, and PostgreSQL cannot choose between them itself
 * (it does not charge for reading a vector out of TOAST): walk the date index testing each story,
 * which visits about need / density stories; or take every match from the GIN index and sort
 * them by date, which visits every match in the table (the index knows nothing of the filters).
 * A rare word takes the index, a common one the walk.
 */
export function newestMatchesPlan({ matches, stories, tableMatches }: SearchEstimate, need: number): "walk" | "index" {
  if (matches <= 0 || stories <= 0) return "index";
  const density = Math.min(1, matches / stories);
  return (need / density) * WALK_COST < Math.max(tableMatches, matches) ? "walk" : "index";
}

/** One EXPLAIN, three estimates (statistics only: nothing is read but the catalog). */
async function estimate({ from, filters, query }: Parts): Promise<SearchEstimate> {
  const [row] = await db().$queryRaw<{ "QUERY PLAN": [{ Plan: { Plans?: { "Plan Rows": number }[] } }] }[]>`
    EXPLAIN (FORMAT JSON)
    SELECT 1 ${from} ${filters} AND a."searchVector" @@ ${query}
    UNION ALL SELECT 1 ${from} ${filters}
    UNION ALL SELECT 1 FROM "ArticleSearch" a WHERE a."searchVector" @@ ${query}`;
  const [matches, stories, tableMatches] = (row?.["QUERY PLAN"][0].Plan.Plans ?? []).map((p) => p["Plan Rows"]);
  return { matches: matches ?? 0, stories: stories ?? 0, tableMatches: tableMatches ?? 0 };
}

export type SearchParams = { q: string; section?: string | null; from?: Date | null; to?: Date | null; sort: "relevance" | "newest"; page: number; edition?: Edition };

export type SearchHit = {
  id: number;
  slug: string;
  language: string;
  headline: string;
  snippet: string;
  publishedAt: Date;
  section: { name: string; slug: string };
  image: { src: string; alt: string } | null;
};

/** `total` stops at COUNT_CAP; `more` says there were more matches than that. */
export type SearchResult = { hits: SearchHit[]; total: number; more: boolean; page: number; pages: number };

type Row = {
  id: number;
  slug: string;
  language: string;
  sectionNameRu: string | null;
  headline: string;
  standfirst: string;
  /** The start of the body the snippet may come from (SNIPPET_SOURCE characters). */
  bodySource: string;
  /** The words of the standfirst and bodySource, as written there, that match the query. */
  matchedWords: string[];
  publishedAt: Date;
  sectionName: string;
  sectionSlug: string;
  storageKey: string | null;
  alt: string | null;
};

/** Cyrillic capitals to lower case, as the stored searchVector folds them (prisma/sql/article-search-vector-cyrillic-case.sql). */
export function foldCyrillicCase(text: string): string {
  return text.replace(/[А-ЯЁ]/g, (c) => c.toLowerCase());
}

/**
 * The query's stems, as the edition's text search configuration makes them (the words of
 * `websearch_to_tsquery`'s query, its operators aside): what a snippet's words are matched against.
 */
async function queryStems({ config, folded }: Parts): Promise<string[]> {
  const [row] = await db().$queryRaw<{ stems: string[] | null }[]>`SELECT tsvector_to_array(to_tsvector(${config}, ${folded})) AS stems`;
  return row?.stems ?? [];
}

/** Strips control characters and trims to a sane length; what remains goes to websearch_to_tsquery. */
export function normalizeQuery(raw: string): string {
   
  return raw.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

type Parts = { config: Prisma.Sql; query: Prisma.Sql; from: Prisma.Sql; filters: Prisma.Sql; where: Prisma.Sql; matches: Prisma.Sql; folded: string };

/** The SQL pieces of a search (`q` already normalised). Every value is a bound parameter. */
function searchParts(params: SearchParams, q: string): Parts {
  const edition = params.edition ?? "en";
  // The page shows `q` as typed; the database gets it folded like the stored vectors.
  const folded = foldCyrillicCase(q);
  // A fixed identifier from EDITION_META, never user input.
  const config = Prisma.raw(`'${EDITION_META[edition].searchConfig}'::regconfig`);
  const query = Prisma.sql`websearch_to_tsquery(${config}, ${folded})`;
  // The section join only when filtering by it: the count visits up to COUNT_CAP rows.
  const from = params.section ? Prisma.sql`FROM "ArticleSearch" a JOIN "Section" s ON s.id = a."sectionId"` : Prisma.sql`FROM "ArticleSearch" a`;
  const filters = Prisma.sql`
    WHERE ${Prisma.raw(LIVE_ARTICLE_SQL)}
    AND a."language" = ${edition}
    ${params.section ? Prisma.sql`AND s."slug" = ${params.section}` : Prisma.empty}
    ${params.from ? Prisma.sql`AND a."publishedAt" >= ${params.from}` : Prisma.empty}
    ${params.to ? Prisma.sql`AND a."publishedAt" < ${params.to}` : Prisma.empty}`;
  // Every match, as the GIN index alone finds them, with the filters applied after. OFFSET 0 keeps
  // the subquery to itself: otherwise, at a million stories, PostgreSQL ANDs the GIN bitmap with
  // one of the (language, status, publishedAt) index covering most of the table (0.9 s for 780,000
  // entries, to save heap visits that the count's LIMIT saves anyway).
  const gin = Prisma.sql`(SELECT a.id, a."publishedAt", a.status, a."deletedAt", a.language, a."sectionId" FROM "ArticleSearch" a WHERE a."searchVector" @@ ${query} OFFSET 0) a`;
  const matches = Prisma.sql`SELECT a.id, a."publishedAt" FROM ${gin} ${params.section ? Prisma.sql`JOIN "Section" s ON s.id = a."sectionId"` : Prisma.empty} ${filters}`;
  return { config, query, from, filters, where: Prisma.sql`${filters} AND a."searchVector" @@ ${query}`, matches, folded };
}

/** How a search would find its newest matches, whether it counts them first, and the estimates that chose (tests, the bench). */
export async function searchPlan(params: SearchParams): Promise<{ plan: "walk" | "index"; counted: boolean; estimate: SearchEstimate } | null> {
  const q = normalizeQuery(params.q);
  if (!q) return null;
  const est = await estimate(searchParts(params, q));
  const need = neededMatches(params);
  const plan = newestMatchesPlan(est, need);
  return { plan, counted: countsFirst(plan, est, need), estimate: est };
}

/** Whether a search counts its matches before finding the newest (see searchArticles). */
function countsFirst(plan: "walk" | "index", est: SearchEstimate, need: number): boolean {
  return !(plan === "walk" && est.matches >= UNCOUNTED * COUNT_CAP && need <= COUNT_CAP);
}

/** Both orders start from the newest matches: relevance ranks the newest RANKED_MATCHES, and a page by date (or a ranked search's later pages) is a slice further down them. */
function neededMatches(params: SearchParams): number {
  return isRanked(params) ? RANKED_MATCHES : params.page * PAGE_SIZE;
}

function isRanked(params: SearchParams): boolean {
  return params.sort === "relevance" && params.page <= RANKED_MATCHES / PAGE_SIZE;
}

/**
 * A search's page of results. In the server, repeated searches come from the search cache
 * (lib/data/search-cache.ts), expired whenever the edition's listings change; scripts, tests and
 * the bench's data-layer timings always ask the database.
 */
export async function searchArticles(params: SearchParams): Promise<SearchResult> {
  const q = normalizeQuery(params.q);
  if (!q || process.env.NEXT_RUNTIME !== "nodejs") return searchUncached(params);
  const key = JSON.stringify([q, params.section ?? null, params.from?.toISOString() ?? null, params.to?.toISOString() ?? null, params.sort, params.page]);
  return cachedSearch(params.edition ?? "en", key, () => searchUncached({ ...params, q }));
}

async function searchUncached(params: SearchParams): Promise<SearchResult> {
  const q = normalizeQuery(params.q);
  if (!q) return { hits: [], total: 0, more: false, page: 1, pages: 1 };
  const edition = params.edition ?? "en";
  const parts = searchParts(params, q);
  const { config, query, from, where } = parts;
  const byDate = Prisma.sql`a."publishedAt" DESC, a.id DESC`;

  const ranked = isRanked(params);
  const page = params.page;
  const offset = (page - 1) * PAGE_SIZE;
  const need = neededMatches(params);
  const slice = ranked ? Prisma.sql`LIMIT ${need}` : Prisma.sql`LIMIT ${PAGE_SIZE} OFFSET ${offset}`;

  // The query's stems are asked for beside the plan's estimates (below), at no extra wait.
  const [est, stems] = await Promise.all([estimate(parts), queryStems(parts)]);
  // Which words of each result's text match: only those that start like a stem are stemmed (lib/search-snippet.ts).
  const pattern = candidatePattern(stems);
  const matchedWords = pattern
    ? Prisma.sql`ARRAY(SELECT DISTINCT w.m[1] FROM regexp_matches(a.standfirst || ' ' || left(a."bodyText", ${SNIPPET_SOURCE}), ${pattern}, 'gi') w(m)
        WHERE tsvector_to_array(to_tsvector(${config}, translate(w.m[1], ${CYRILLIC_UPPER}, ${CYRILLIC_LOWER}))) && ${stems}::text[])`
    : Prisma.sql`'{}'::text[]`;
  const columns = Prisma.sql`a.id, a.slug, a.language, a.headline, a."publishedAt", a.standfirst,
      left(a."bodyText", ${SNIPPET_SOURCE}) AS "bodySource", ${matchedWords} AS "matchedWords",
      s.name AS "sectionName", s."nameRu" AS "sectionNameRu", s.slug AS "sectionSlug", m."storageKey", m.alt`;
  const joins = Prisma.sql`JOIN "Section" s ON s.id = a."sectionId" LEFT JOIN "Media" m ON m.id = a."leadMediaId"`;
  // Relevance ranks the newest RANKED_MATCHES matches: ts_rank_cd (normalised by length) times a
  // boost that halves over about a week. Ranking reads each row's whole stored vector out of
  // TOAST, so it is bounded. Older matches follow, newest first, which keeps one order across
  // pages. The ranking reads only the vector and the date; the columns shown, and the snippets'
  // words, are read for the page's rows alone (reading the text of all RANKED_MATCHES cost about
  // as much as ranking them).
  const rank = Prisma.sql`ts_rank_cd(a."searchVector", ${query}, 32) * (1 + 1 / (1 + date_part('epoch', now() - a."publishedAt") / 604800.0))`;
  const order = ranked ? Prisma.sql`ORDER BY k.rank DESC, ${byDate}` : Prisma.sql`ORDER BY ${byDate}`;
  // The page's rows from `recent` (the newest matches, or the page's slice of them), with `n`.
  // `when` holds no column, so PostgreSQL tests it once, before any of the rows is read.
  const source = ranked
    ? Prisma.sql`(SELECT a.id, ${rank} AS rank FROM recent r JOIN "ArticleSearch" a ON a.id = r.id
        ORDER BY rank DESC, ${byDate} LIMIT ${PAGE_SIZE} OFFSET ${offset}) k JOIN "Article" a ON a.id = k.id`
    : Prisma.sql`recent r JOIN "Article" a ON a.id = r.id`;
  const pageOf = (n: Prisma.Sql, when: Prisma.Sql) => Prisma.sql`
    SELECT c.n, p.* FROM (SELECT ${n} AS n) c LEFT JOIN LATERAL (
      SELECT ${columns} FROM ${source} ${joins} WHERE ${when} ${order}
    ) p ON true`;

  // How to find them is chosen from the planner's estimates (`newestMatchesPlan`).
  const plan = newestMatchesPlan(est, need);

  // A word the statistics put in more than UNCOUNTED × COUNT_CAP of the stories searched is not
  // counted: counting even to COUNT_CAP + 1 reads the index's whole list for the word first (about
  // 10 ms for a word in 100,000 of a million stories, twice the walk). The walk is bounded to
  // three times the stories the estimate says it needs; if it comes back short, the estimate was
  // wrong and the search is made again, counted.
  if (!countsFirst(plan, est, need)) {
    const window = Math.ceil((3 * need * Math.max(est.stories, est.matches)) / est.matches);
    const rows = await db().$queryRaw<(Row & { n: number })[]>`
      WITH found AS MATERIALIZED (
        SELECT w.id, w."publishedAt" FROM (SELECT a.id, a."publishedAt", a."searchVector" ${from} ${parts.filters} ORDER BY ${byDate} LIMIT ${window}) w
        WHERE w."searchVector" @@ ${query} ORDER BY w."publishedAt" DESC, w.id DESC LIMIT ${need}),
      recent AS MATERIALIZED (SELECT id FROM found ORDER BY "publishedAt" DESC, id DESC ${slice})
      ${pageOf(Prisma.sql`(SELECT count(*)::int FROM found)`, Prisma.sql`(SELECT count(*) FROM found) = ${need}`)}`;
    if (rows[0]?.n === need) return toResult(rows, COUNT_CAP + 1, page, edition);
  }

  // The walk runs only once the count has passed COUNT_CAP: an estimate can be wrong (two common
  // words that never meet), and walking for matches that are not there reads the whole index.
  const fromMatches = Prisma.sql`SELECT id FROM (SELECT id, "publishedAt" FROM matches ORDER BY "publishedAt" DESC, id DESC ${slice}) m`;
  const newest =
    plan === "walk"
      ? Prisma.sql`${fromMatches} WHERE (SELECT n FROM counted) <= ${COUNT_CAP}
        UNION ALL
        SELECT id FROM (SELECT a.id ${from} ${where} ORDER BY ${byDate} ${slice}) w WHERE (SELECT n FROM counted) > ${COUNT_CAP}`
      : fromMatches;

  // `matches` is planned on its own (a bitmap scan of the GIN index) and read lazily: the count
  // stops reading at COUNT_CAP + 1, and only the "index" plan reads on, to the last match. A
  // count past the page's end returns no rows, and the page is asked for again (below).
  const rows = await db().$queryRaw<(Row & { n: number })[]>`
    WITH matches AS MATERIALIZED (${parts.matches}),
    counted AS (SELECT count(*)::int AS n FROM (SELECT 1 FROM matches LIMIT ${COUNT_CAP + 1}) x),
    recent AS MATERIALIZED (${newest})
    ${pageOf(Prisma.sql`(SELECT n FROM counted)`, Prisma.sql`(SELECT n FROM counted) > ${offset}`)}`;
  const counted = rows[0]?.n ?? 0;
  if (counted === 0) return { hits: [], total: 0, more: false, page: 1, pages: 1 };
  // A page past the end shows the last page.
  if (page > pageCount(Math.min(counted, COUNT_CAP))) return searchUncached({ ...params, page: pageCount(Math.min(counted, COUNT_CAP)) });
  return toResult(rows, counted, page, edition);
}

/** The result of a page whose search counted `counted` matches (COUNT_CAP + 1 for "more"). */
function toResult(rows: Row[], counted: number, page: number, edition: Edition): SearchResult {
  const total = Math.min(counted, COUNT_CAP);
  // A page with no rows is one row of nulls beside the count (the LEFT JOIN).
  const hits = rows.filter((r) => r.id !== null);
  return {
    total,
    more: counted > COUNT_CAP,
    page,
    pages: pageCount(total),
    hits: hits.map((r) => ({
      id: r.id,
      slug: r.slug,
      language: r.language,
      headline: r.headline,
      snippet: readableSnippet({
        snippet: highlightedSnippet(`${r.standfirst} ${r.bodySource}`, new Set(r.matchedWords)),
        standfirst: r.standfirst,
        bodyStart: r.bodySource.slice(0, SNIPPET_OPENING),
      }),
      publishedAt: r.publishedAt,
      section: { name: sectionName({ name: r.sectionName, nameRu: r.sectionNameRu }, edition), slug: r.sectionSlug },
      image: r.storageKey ? { src: mediaUrl(r.storageKey), alt: r.alt ?? "" } : null,
    })),
  };
}
