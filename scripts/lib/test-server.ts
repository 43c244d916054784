// The PostgreSQL server tests run against: DATELINE_TEST_PG (already chosen by a parent run),
// else DATABASE_URL's server, else a separate embedded cluster under .data/test-pg.
// Tests create their own scratch databases on it and never touch the site's data.
import path from "node:path";
import { DATA_DIR, EmbeddedDatabase } from "./embedded-postgres";
import { checkDatabase } from "./database-url";
import { loadEnv } from "./database";

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
