// The PostgreSQL server tests run against: DATELINE_TEST_PG (already chosen by a parent run),
// else DATABASE_URL's server, else a separate embedded cluster under .data/test-pg.
// Tests create their own scratch databases on it and never touch the site's data.
import path from "node:path";
import { DATA_DIR, EmbeddedDatabase } from "./embedded-postgres";
import { checkDatabase } from "./database-url";
import { loadEnv } from "./database";
import pg from "pg";
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoContent } from "@/prisma/seed";
import { applyMigrations } from "./migrate";

export async function withTestServer<T>(fn: (adminUrl: string) => Promise<T>): Promise<T> {
  if (process.env.DATELINE_TEST_PG) return fn(process.env.DATELINE_TEST_PG);
  const env = loadEnv();
  if (env.DATABASE_URL) {
    await checkDatabase(env.DATABASE_URL);
    process.env.DATELINE_TEST_PG = env.DATABASE_URL;
    return fn(env.DATABASE_URL);
  }
  const port = Number(process.env.EMBEDDED_PG_TEST_PORT ?? env.EMBEDDED_PG_PORT + 10);
  const embedded = new EmbeddedDatabase({
    dataDir: path.join(DATA_DIR, "test-pg"),
    port,
    database: "postgres",
    logFile: path.join(DATA_DIR, "test-postgres.log"),
  });
  await embedded.start((report) => console.error(`dateline: ${report}`));
  process.env.DATELINE_TEST_PG = embedded.url;
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/** A fresh database on the test server, migrated and seeded with the demo content; returns its URL. */
export async function createSeededDatabase(adminUrl: string, name: string, demoPassword: string | null): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${admin.escapeIdentifier(name)} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(name)}`);
  } finally {
    await admin.end();
  }
  await applyMigrations(url.toString());
  const prisma = createPrismaClient(url.toString(), 2);
  try {
    await seedDemoContent(prisma, { demoPassword });
  } finally {
    await prisma.$disconnect();
  }
  return url.toString();
}
