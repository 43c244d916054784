// Full-text search over live articles: the stored tsvector, websearch_to_tsquery, relevance with a
// recency boost, highlighted snippets, filters by section and date, and pagination. Each edition
// searches its own articles with its own text search configuration ('english' or 'russian', the
// one the stored searchVector was built with for that language), so «выборы» finds «выборов».
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

export type SearchResult = { hits: SearchHit[]; total: number; page: number; pages: number };

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
  if (!q) return { hits: [], total: 0, page: 1, pages: 1 };
  const edition = params.edition ?? "en";
  // The page shows `q` as typed; the database gets it folded like the stored vectors.
  const folded = foldCyrillicCase(q);
  // A fixed identifier from EDITION_META, never user input.
  const config = Prisma.raw(`'${EDITION_META[edition].searchConfig}'::regconfig`);
  const filters = Prisma.sql`
    ${Prisma.raw(LIVE_ARTICLE_SQL)}
    AND a."language" = ${edition}
    AND a."searchVector" @@ websearch_to_tsquery(${config}, ${folded})
    ${params.section ? Prisma.sql`AND s."slug" = ${params.section}` : Prisma.empty}
    ${params.from ? Prisma.sql`AND a."publishedAt" >= ${params.from}` : Prisma.empty}
    ${params.to ? Prisma.sql`AND a."publishedAt" < ${params.to}` : Prisma.empty}`;

  const [countRow] = await db().$queryRaw<{ n: bigint }[]>`
    SELECT count(*) AS n FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE ${filters}`;
  const total = Number(countRow?.n ?? 0);
  const pages = pageCount(total);
  const page = Math.min(params.page, pages);

  // Relevance (ts_rank_cd, normalised by length) times a boost that halves over about a week.
  const order =
    params.sort === "newest"
      ? Prisma.sql`a."publishedAt" DESC, a.id DESC`
      : Prisma.sql`ts_rank_cd(a."searchVector", websearch_to_tsquery(${config}, ${folded}), 32)
          * (1 + 1 / (1 + extract(epoch FROM now() - a."publishedAt") / 604800.0)) DESC, a."publishedAt" DESC`;

  const rows = await db().$queryRaw<Row[]>`
    SELECT a.id, a.slug, a.language, a.headline, a."publishedAt",
      ts_headline(${config}, a.standfirst || ' ' || a."bodyText", websearch_to_tsquery(${config}, ${folded}),
        ${`StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=40, MinWords=20, MaxFragments=2, FragmentDelimiter=" … "`}) AS snippet,
      s.name AS "sectionName", s."nameRu" AS "sectionNameRu", s.slug AS "sectionSlug", m."storageKey", m.alt
    FROM "Article" a
    JOIN "Section" s ON s.id = a."sectionId"
    LEFT JOIN "Media" m ON m.id = a."leadMediaId"
    WHERE ${filters}
    ORDER BY ${order}
    LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;

  return {
    total,
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
