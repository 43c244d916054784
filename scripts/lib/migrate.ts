// Applies pending migrations with Prisma's schema engine, recording them in _prisma_migrations
// exactly as `prisma migrate deploy` does, so the real CLI can take over where it can run.
import fs from "node:fs";
import pg from "pg";
import { openSchemaEngine, readMigrationList, NO_FILTER, SCHEMA_PATH } from "./schema-engine";
import { UserFacingError } from "./fail";

// Our own advisory lock key ("dateline" in hex), distinct from the engine's, so two app
// instances starting at once apply migrations one after the other.
const MIGRATION_LOCK_KEY = 0x646174656c696e65n;

export async function applyMigrations(connectionString: string, migrationsDir?: string): Promise<string[]> {
  const lock = new pg.Client({ connectionString });
  lock.on("error", () => undefined);
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY.toString()]);
    const { engine, close } = await openSchemaEngine(connectionString, fs.readFileSync(SCHEMA_PATH, "utf8"));
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList: readMigrationList(migrationsDir), filters: NO_FILTER });
      return appliedMigrationNames;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new UserFacingError(`migration failed: ${message.split("\n").filter(Boolean).slice(0, 6).join(" | ")}`);
    } finally {
      await close();
    }
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY.toString()]).catch(() => undefined);
    await lock.end().catch(() => undefined);
  }
}
