// Bulk seeding for `npm run bench`: N published stories added to a demo database in a few SQL
// statements (INSERT … SELECT generate_series), each a copy of one of the demo's own published
// stories (body, standfirst, section, lead image, tags, authors), so pages are the real size.
// Headlines and slugs carry the row number; publication times step back a minute per story,
// all older than the demo content, so the front pages look as they do on a fresh install.
import pg from "pg";

export type SeedReport = { articles: number; seconds: number };

export async function bulkSeedArticles(url: string, count: number): Promise<SeedReport> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    if (count === 0) return { articles: 0, seconds: 0 };
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL`);
    if (Number(rows[0]!.n) === 0) throw new Error("the demo content has no published story to copy");
    if (!Number.isSafeInteger(count) || count < 0) throw new Error(`not a story count: ${count}`);
    await client.query("BEGIN");
    const before = await client.query<{ max: number }>(`SELECT coalesce(max(id), 0) AS max FROM "Article"`);
    await client.query(`
      CREATE TEMP TABLE bench_source ON COMMIT DROP AS
        SELECT row_number() OVER (ORDER BY id) - 1 AS n, id FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL;
      CREATE TEMP TABLE bench_map ON COMMIT DROP AS
        SELECT i, s.id AS source_id FROM generate_series(1, ${count}) i
        JOIN bench_source s ON s.n = i % (SELECT count(*) FROM bench_source);`);
    await client.query(
      `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, language, "sectionId", "leadMediaId", "publishedAt", "createdAt", "updatedAt", version)
       SELECT left(a.headline, 150) || ' (' || m.i || ')', a.standfirst, left(a.slug, 150) || '-' || m.i, a.body, a."bodyText", 'PUBLISHED', a.language,
         a."sectionId", a."leadMediaId", t.oldest - m.i * interval '1 minute', t.oldest - m.i * interval '1 minute', t.oldest - m.i * interval '1 minute', 1
       FROM bench_map m JOIN "Article" a ON a.id = m.source_id
       CROSS JOIN (SELECT min("publishedAt") - interval '1 hour' AS oldest FROM "Article" WHERE "publishedAt" IS NOT NULL) t`,
    );
    // The copies' new ids, matched back to their source by the row number at the end of the slug.
    await client.query(`
      CREATE TEMP TABLE bench_new ON COMMIT DROP AS
        SELECT a.id, m.source_id FROM "Article" a JOIN bench_map m ON m.i = substring(a.slug from '-([0-9]+)$')::int
        WHERE a.id > ${Number(before.rows[0]!.max)};
      INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT n.id, t."tagId" FROM bench_new n JOIN "ArticleTag" t ON t."articleId" = n.source_id;
      INSERT INTO "ArticleAuthor" ("articleId", "userId", position) SELECT n.id, x."userId", x.position FROM bench_new n JOIN "ArticleAuthor" x ON x."articleId" = n.source_id;`);
    const added = await client.query<{ n: string }>(`SELECT count(*) AS n FROM bench_new`);
    if (Number(added.rows[0]!.n) !== count) throw new Error(`bulk seeding matched ${added.rows[0]!.n} of ${count} new stories back to their sources`);
    await client.query("COMMIT");
    await client.query("ANALYZE");
    return { articles: count, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

/** Up to `count` live stories' paths (`/news/{id}-{slug}`) and section slugs: the newest (with a lead image) or spread over the table. */
export async function sampleArticlePaths(url: string, count: number, order: "newest" | "spread"): Promise<{ path: string; section: string }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; slug: string; section: string }>(
      `SELECT a.id, a.slug, s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a."sectionId"
       WHERE a.status = 'PUBLISHED' AND a."deletedAt" IS NULL AND a."publishedAt" <= now()
       ORDER BY ${order === "newest" ? `(a."leadMediaId" IS NULL), a."publishedAt" DESC` : "md5(a.id::text)"} LIMIT $1`,
      [count],
    );
    if (!rows.length) throw new Error("the bench database has no live story");
    return rows.map((r) => ({ path: `/news/${r.id}-${r.slug}`, section: r.section }));
  } finally {
    await client.end();
  }
}

/** Words of the demo stories' text for varied search queries: one and two words, deterministic. */
export async function searchQueries(url: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ text: string }>(`SELECT headline || ' ' || "bodyText" AS text FROM "Article" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 200`);
    const words = [...new Set(rows.flatMap((r) => r.text.toLowerCase().match(/\p{L}{5,}/gu) ?? []))].sort();
    if (words.length < 10) throw new Error("too few words in the demo stories to build search queries");
    let seed = 7;
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      // The high bits: an LCG's low bits repeat with a short period (every 8 picks, modulo 8).
      return words[Math.floor((seed / 2 ** 31) * words.length)]!;
    };
    const queries = new Set<string>();
    // Every fourth query is two words. Once the single words run out (more picks in a row than
    // there are words, each one already taken), the rest are pairs too: there are far more of them.
    let repeats = 0;
    while (queries.size < count) {
      const before = queries.size;
      queries.add(before % 4 === 3 || repeats > words.length ? `${pick()} ${pick()}` : pick());
      repeats = queries.size === before ? repeats + 1 : 0;
      if (repeats > 100 * words.length) throw new Error(`the demo stories give only ${queries.size} different search queries, not ${count}`);
    }
    return [...queries];
  } finally {
    await client.end();
  }
}
