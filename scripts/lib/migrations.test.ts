// Migrations: applied by Prisma's engine, recorded as `prisma migrate deploy` records them, safe
// to run twice or concurrently, and free of drift against schema.prisma.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import pg from "pg";
import { applyMigrations } from "./migrate";
import { diffSchemas, readMigrationList, MIGRATIONS_DIR, SCHEMA_PATH, ROOT } from "./schema-engine";
import { createEmptyDatabase } from "@/lib/testing/database";

// SQL that Prisma's schema language cannot express. Each file must appear verbatim in a migration;
// the drift check applies them on top of the engine's empty → schema diff.
const RAW_SQL_FILES = ["prisma/sql/article-search-vector.sql", "prisma/sql/article-search-vector-cyrillic-case.sql", "prisma/sql/follow-one-target.sql", "prisma/sql/article-narrow-rows.sql", "prisma/sql/article-search-table.sql"];

type Db = Awaited<ReturnType<typeof createEmptyDatabase>>;
const dbs: Db[] = [];
async function scratch(label: string): Promise<Db> {
  const db = await createEmptyDatabase(label);
  dbs.push(db);
  return db;
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

// pg_dump must match the server's major version; Debian installs each under /usr/lib/postgresql.
async function pgDump(url: string): Promise<string> {
  const [row] = await query<{ server_version_num: string }>(url, "SHOW server_version_num");
  const v = row?.server_version_num ?? "0";
  const major = Math.floor(Number(v) / 10000);
  const candidates = [process.env.PG_DUMP, `/usr/lib/postgresql/${major}/bin/pg_dump`, "pg_dump"].filter(Boolean) as string[];
  const bin = candidates.find((c) => c === "pg_dump" || fs.existsSync(c))!;
  const out = execFileSync(bin, ["--schema-only", "--no-owner", "--no-privileges", "--exclude-table=public._prisma_migrations", "--dbname", url], { encoding: "utf8" });
  // Only the dump's header comments and pg_dump's session-level \restrict tokens vary by run.
  return out.split("\n").filter((l) => !/^\\(un)?restrict /.test(l) && !/^-- Dumped (from|by)/.test(l)).join("\n");
}

let migrated: Db;
before(async () => {
  migrated = await scratch("migrated");
});
after(async () => {
  for (const db of dbs) await db.drop();
});

test("applies every migration once and records it like prisma migrate deploy", async () => {
  const names = readMigrationList().migrationDirectories.map((d) => d.path);
  assert.ok(names.length >= 1);
  assert.deepEqual(await applyMigrations(migrated.url), names);
  assert.deepEqual(await applyMigrations(migrated.url), [], "a second run applies nothing");

  const rows = await query<{ migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
    migrated.url,
    `SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name`,
  );
  assert.deepEqual(rows.map((r) => r.migration_name), names);
  for (const row of rows) {
    const sql = fs.readFileSync(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
    assert.equal(row.checksum, crypto.createHash("sha256").update(sql).digest("hex"), "checksum is the SHA-256 of migration.sql");
    assert.ok(row.finished_at);
    assert.equal(row.rolled_back_at, null);
  }
  for (const name of names) assert.match(name, /^\d{14}_[a-z0-9_]+$/);
  assert.ok(fs.readFileSync(path.join(MIGRATIONS_DIR, "migration_lock.toml"), "utf8").includes('provider = "postgresql"'));
});

test("two instances migrating at once both succeed and apply each migration once", async () => {
  const db = await scratch("concurrent");
  const [a, b] = await Promise.all([applyMigrations(db.url), applyMigrations(db.url)]);
  const total = readMigrationList().migrationDirectories.length;
  assert.equal(a.length + b.length, total);
  const [row] = await query<{ n: string }>(db.url, "SELECT count(*) AS n FROM _prisma_migrations");
  assert.equal(Number(row?.n), total);
});

test("no drift: all migrations give the same schema as the engine's diff from empty plus the raw SQL", async () => {
  const fromDiff = await scratch("from_diff");
  const diffSql = await diffSchemas(fromDiff.url, null, fs.readFileSync(SCHEMA_PATH, "utf8"));
  const raw = RAW_SQL_FILES.map((f) => fs.readFileSync(path.join(ROOT, f), "utf8"));
  const client = new pg.Client({ connectionString: fromDiff.url });
  await client.connect();
  await client.query(diffSql);
  for (const sql of raw) await client.query(sql);
  await client.end();

  const allMigrations = readMigrationList()
    .migrationDirectories.map((d) => (d.migrationFile.content.tag === "ok" ? d.migrationFile.content.value : ""))
    .join("\n");
  for (const [i, sql] of raw.entries()) assert.ok(allMigrations.includes(sql), `${RAW_SQL_FILES[i]} appears verbatim in a migration`);

  // _prisma_migrations is the migration ledger, not the app's schema: both dumps exclude it.
  const migratedDump = await pgDump(migrated.url);
  const diffDump = await pgDump(fromDiff.url);
  assert.ok(diffDump.includes("GENERATED ALWAYS AS"), "the dump shows the generated search column");
  assert.ok(diffDump.includes("USING gin"), "and its GIN index");
  assert.equal(migratedDump, diffDump);
});

test("the search vector is generated and ranks headline matches first", async () => {
  const url = migrated.url;
  await query(url, `INSERT INTO "Section" (name, slug, "updatedAt") VALUES ('S', 's', now())`);
  await query(
    url,
    `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", "sectionId", "updatedAt") VALUES
     ('Harbour reopens', '', 'a', '{}', 'nothing here', 1, now()),
     ('Council meets', '', 'b', '{}', 'the harbour was discussed', 1, now())`,
  );
  const rows = await query<{ slug: string }>(
    url,
    `SELECT slug FROM "Article" WHERE "searchVector" @@ websearch_to_tsquery('english', 'harbour')
     ORDER BY ts_rank("searchVector", websearch_to_tsquery('english', 'harbour')) DESC`,
  );
  assert.deepEqual(rows.map((r) => r.slug), ["a", "b"]);
});

test("an Article row keeps its long texts out of line: about twenty stories a page, not four", async () => {
  const db = await scratch("narrow");
  await applyMigrations(db.url);
  await query(db.url, `INSERT INTO "Section" (name, slug, "updatedAt") VALUES ('S', 's', now())`);
  // 400 stories of about 1,500 characters of body text that does not compress (hex words): under
  // PostgreSQL's default layout each row keeps its body text inline, about 1.8 KB, four to a page.
  await query(
    db.url,
    `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", "sectionId", "updatedAt")
     SELECT 'Story ' || i, repeat('A standfirst of a story. ', 6), 'story-' || i, '{}',
       (SELECT string_agg(md5(i::text || '-' || j::text), ' ') FROM generate_series(1, 45) j), 1, now()
     FROM generate_series(1, 400) i`,
  );
  const [row] = await query<{ pages: number; options: string[] | null }>(
    db.url,
    `SELECT pg_relation_size('"Article"') / current_setting('block_size')::int AS pages, reloptions AS options FROM pg_class WHERE relname = 'Article'`,
  );
  assert.deepEqual(row?.options, ["toast_tuple_target=512"]);
  assert.ok(Number(row?.pages) <= 40, `400 stories took ${row?.pages} pages of the table`);
  // Out of line go the body text and the search vector, two values a story; the headline and
  // standfirst that lists show stay in the row, where reading them needs no TOAST.
  const [toast] = await query<{ toast: string }>(db.url, `SELECT reltoastrelid::regclass::text AS toast FROM pg_class WHERE relname = 'Article'`);
  const [values] = await query<{ n: number }>(db.url, `SELECT count(DISTINCT chunk_id)::int AS n FROM ${toast!.toast}`);
  assert.equal(values?.n, 800);
});

test("a broken migration stops with a clear error and is not recorded as applied", async () => {
  const db = await scratch("broken");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-migrations-"));
  try {
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "99990101000000_broken"));
    fs.writeFileSync(path.join(dir, "99990101000000_broken", "migration.sql"), "ALTER TABLE \"NoSuchTable\" ADD COLUMN x int;");
    await assert.rejects(applyMigrations(db.url, dir), /migration failed: .*NoSuchTable/);
    const rows = await query<{ migration_name: string; finished_at: Date | null }>(db.url, `SELECT migration_name, finished_at FROM _prisma_migrations WHERE migration_name LIKE '%broken'`);
    assert.equal(rows[0]?.finished_at ?? null, null);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
