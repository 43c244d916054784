// `npm run db:migrate`: applies pending migrations to DATABASE_URL (or the embedded database).
import { applyMigrations } from "./lib/migrate";
import { checkDatabase } from "./lib/database-url";
import { runCli } from "./lib/fail";
import { withDatabase } from "./lib/database";

runCli(async () => {
  await withDatabase(async (url) => {
    await checkDatabase(url);
    const applied = await applyMigrations(url);
    console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "Database is up to date; no migration to apply.");
  });
});
