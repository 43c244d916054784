// Full-text search over live articles: the stored tsvector, websearch_to_tsquery, relevance with a
// recency boost, highlighted snippets, filters by section and date, and pagination. Each edition
// searches its own articles with its own text search configuration ('english' or 'russian', the
// one the stored searchVector was built with for that language), so «выборы» finds «выборов».
// At scale the work is bounded: the count stops at COUNT_CAP, and relevance ranks only the newest
// RANKED_MATCHES matches (docs/PERFORMANCE.md, "Search").
import "server-only";
import { db } from "@/lib/db";
import { LIVE_ARTICLE_SQL } from "@/lib/data/live";
import { mediaUrl } from "@/lib/urls";
import { EDITION_META, type Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { PAGE_SIZE, pageCount } from "@/lib/pagination";
import { MARK_END, MARK_START } from "@/lib/search-markers";
import { Prisma } from "@/lib/generated/prisma/client";

export const MAX_QUERY_LENGTH = 200;
/** Counting stops here: past it the page says "5,000+ results" and offers that many (250 pages). */
export const COUNT_CAP = 5000;
/** Relevance ranks this many of the newest matches (a whole number of pages); older ones follow by date. */
export const RANKED_MATCHES = 100;

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
  snippet: string;
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

/** Strips control characters and trims to a sane length; what remains goes to websearch_to_tsquery. */
export function normalizeQuery(raw: string): string {
   
  return raw.replace(/[\u0000-\u001f\u007f]/g, " ").replace(/\s+/g, " ").trim().slice(0, MAX_QUERY_LENGTH);
}

export async function searchArticles(params: SearchParams): Promise<SearchResult> {
  const q = normalizeQuery(params.q);
  if (!q) return { hits: [], total: 0, more: false, page: 1, pages: 1 };
  const edition = params.edition ?? "en";
  // The page shows `q` as typed; the database gets it folded like the stored vectors.
  const folded = foldCyrillicCase(q);
  // A fixed identifier from EDITION_META, never user input.
  const config = Prisma.raw(`'${EDITION_META[edition].searchConfig}'::regconfig`);
  const query = Prisma.sql`websearch_to_tsquery(${config}, ${folded})`;
  // The section join only when filtering by it: the count visits thousands of rows.
  const from = params.section ? Prisma.sql`FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"` : Prisma.sql`FROM "Article" a`;
  const where = Prisma.sql`
    WHERE ${Prisma.raw(LIVE_ARTICLE_SQL)}
    AND a."language" = ${edition}
    AND a."searchVector" @@ ${query}
    ${params.section ? Prisma.sql`AND s."slug" = ${params.section}` : Prisma.empty}
    ${params.from ? Prisma.sql`AND a."publishedAt" >= ${params.from}` : Prisma.empty}
    ${params.to ? Prisma.sql`AND a."publishedAt" < ${params.to}` : Prisma.empty}`;

  // One pass over the matches counts them, stopping at COUNT_CAP + 1. The CTE is planned on its
  // own (a bitmap scan of the GIN index, as for an uncapped count) and read lazily, so the LIMIT
  // ends the heap visits early. When it saw every match, the same rows, sorted by date in memory,
  // also give the ids to show: relevance's candidates (the newest RANKED_MATCHES) or the page.
  const ranked = params.sort === "relevance" && params.page <= RANKED_MATCHES / PAGE_SIZE;
  const slice = ranked ? Prisma.sql`LIMIT ${RANKED_MATCHES}` : Prisma.sql`LIMIT ${PAGE_SIZE} OFFSET ${(params.page - 1) * PAGE_SIZE}`;
  const [countRow] = await db().$queryRaw<{ n: bigint; ids: number[] | null }[]>`
    WITH matches AS MATERIALIZED (SELECT a.id, a."publishedAt" ${from} ${where}),
    counted AS (SELECT count(*) AS n FROM (SELECT 1 FROM matches LIMIT ${COUNT_CAP + 1}) x)
    SELECT n, CASE WHEN n <= ${COUNT_CAP} THEN
      (SELECT array_agg(id ORDER BY "publishedAt" DESC, id DESC) FROM (SELECT id, "publishedAt" FROM matches ORDER BY "publishedAt" DESC, id DESC ${slice}) r)
    END AS ids
    FROM counted`;
  const counted = Number(countRow?.n ?? 0);
  if (counted === 0) return { hits: [], total: 0, more: false, page: 1, pages: 1 };
  const total = Math.min(counted, COUNT_CAP);
  const pages = pageCount(total);
  // A page past the end shows the last page.
  if (params.page > pages) return searchArticles({ ...params, page: pages });
  const page = params.page;
  const offset = (page - 1) * PAGE_SIZE;
  const ids = countRow?.ids ?? null;

  const columns = Prisma.sql`a.id, a.slug, a.language, a.headline, a."publishedAt",
      ts_headline(${config}, a.standfirst || ' ' || a."bodyText", ${query},
        ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet,
      s.name AS "sectionName", s."nameRu" AS "sectionNameRu", s.slug AS "sectionSlug", m."storageKey", m.alt`;
  const joins = Prisma.sql`JOIN "Section" s ON s.id = a."sectionId" LEFT JOIN "Media" m ON m.id = a."leadMediaId"`;
  const byDate = Prisma.sql`a."publishedAt" DESC, a.id DESC`;

  // Relevance ranks the newest RANKED_MATCHES matches: ts_rank_cd (normalised by length) times a
  // boost that halves over about a week. Ranking reads each row's whole stored vector out of
  // TOAST, so it is bounded. Older matches follow, newest first, which keeps one order across
  // pages. Past COUNT_CAP matches the word is common, and walking the date index testing each
  // story finds the newest sooner than visiting every match (the planner cannot choose between
  // the two itself: it does not charge for reading a vector out of TOAST).
  let rows: Row[];
  if (ranked) {
    const recent = ids
      ? Prisma.sql`recent AS (SELECT unnest(${ids}::int[]) AS id)`
      : Prisma.sql`recent AS MATERIALIZED (SELECT a.id ${from} ${where} ORDER BY ${byDate} LIMIT ${RANKED_MATCHES})`;
    rows = await db().$queryRaw<Row[]>`
      WITH ${recent}
      SELECT ${columns}
      FROM recent r JOIN "Article" a ON a.id = r.id ${joins}
      ORDER BY ts_rank_cd(a."searchVector", ${query}, 32)
        * (1 + 1 / (1 + date_part('epoch', now() - a."publishedAt") / 604800.0)) DESC, ${byDate}
      LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  } else if (ids) {
    rows = await db().$queryRaw<Row[]>`
      SELECT ${columns} FROM "Article" a ${joins} WHERE a.id = ANY(${ids}::int[]) ORDER BY ${byDate}`;
  } else {
    rows = await db().$queryRaw<Row[]>`
      SELECT ${columns} FROM "Article" a ${joins} ${where} ORDER BY ${byDate} LIMIT ${PAGE_SIZE} OFFSET ${offset}`;
  }

  return {
    total,
    more: counted > COUNT_CAP,
    page,
    pages,
    hits: rows.map((r) => ({
      id: r.id,
      slug: r.slug,
      language: r.language,
      headline: r.headline,
      snippet: r.snippet,
      publishedAt: r.publishedAt,
      section: { name: sectionName({ name: r.sectionName, nameRu: r.sectionNameRu }, edition), slug: r.sectionSlug },
      image: r.storageKey ? { src: mediaUrl(r.storageKey), alt: r.alt ?? "" } : null,
    })),
  };
}
