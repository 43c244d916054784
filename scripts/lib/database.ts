// Gives a CLI a database: DATABASE_URL when set, otherwise the embedded PostgreSQL under .data/.
import path from "node:path";
import { parseEnv } from "@/lib/env";
import { UserFacingError } from "./fail";
import { DATA_DIR, EmbeddedDatabase } from "./embedded-postgres";

export function loadEnv() {
  try {
    return parseEnv(process.env);
  } catch (error) {
    throw new UserFacingError((error as Error).message);
  }
}

export function embeddedDatabase(port: number): EmbeddedDatabase {
  return new EmbeddedDatabase({
    dataDir: path.join(DATA_DIR, "pg"),
    port,
    database: "dateline",
    logFile: path.join(DATA_DIR, "postgres.log"),
  });
}

export async function withDatabase<T>(fn: (url: string) => Promise<T>): Promise<T> {
  const env = loadEnv();
  if (env.DATABASE_URL) return fn(env.DATABASE_URL);
  const embedded = embeddedDatabase(env.EMBEDDED_PG_PORT);
  await embedded.start();
  try {
    return await fn(embedded.url);
  } finally {
    await embedded.stop();
  }
}
