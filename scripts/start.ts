// `npm start`: serves the production build. Without DATABASE_URL it runs the embedded PostgreSQL
// under .data/, applies migrations, seeds demo content on the first run, and builds when needed.
// `npm run dev` does the same around `next dev` instead of a build.
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { checkDatabase } from "./lib/database-url";
import { embeddedDatabase, loadEnv } from "./lib/database";
import { DATA_DIR, isPortFree, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrate";
import { ensureBuild } from "./lib/build";
import { localSecret } from "./lib/secret";
import { runCli, UserFacingError } from "./lib/fail";
import { ROOT } from "./lib/schema-engine";
import { seedIfFirstRun } from "./lib/seed-first-run";
import { nextServerArgs } from "./lib/next-server";

// embedded-postgres installs its own SIGINT/SIGTERM handlers that stop the database at once;
// ours stop the web server first and the database after it, so theirs are removed.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");

let embedded: EmbeddedDatabase | undefined;
let web: ChildProcess | undefined;
let shutdownPromise: Promise<never> | undefined;

// Stops the web server, then PostgreSQL, then exits; every caller waits on the same promise.
function shutdown(code: number): Promise<never> {
  shutdownPromise ??= (async () => {
    if (web && web.exitCode === null && web.signalCode === null) {
      const exited = new Promise((r) => web!.once("exit", r));
      web.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
    }
    await embedded?.stop().catch(() => undefined);
    process.exit(code);
  })();
  return shutdownPromise;
}

const devMode = process.argv.includes("--dev");

runCli(async () => {
  const env = loadEnv();
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));

  if (!(await isPortFree(env.PORT, "0.0.0.0"))) {
    throw new UserFacingError(`port ${env.PORT} is already in use. Stop whatever is using it or set PORT to a free port.`);
  }

  let databaseUrl: string;
  let secret = env.NEXTAUTH_SECRET;
  if (env.DATABASE_URL) {
    databaseUrl = env.DATABASE_URL;
    await checkDatabase(databaseUrl);
    if (!secret) throw new UserFacingError("NEXTAUTH_SECRET is not set. A deployment on its own database needs one: openssl rand -base64 32");
  } else {
    embedded = embeddedDatabase(env.EMBEDDED_PG_PORT);
    await embedded.start((report) => {
      console.error(`dateline: ${report}`);
      void shutdown(1);
    });
    databaseUrl = embedded.url;
    secret ??= localSecret(DATA_DIR);
  }

  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`dateline: applied ${applied.length} migration(s)`);
  if (embedded) await seedIfFirstRun(databaseUrl, env.DEMO_PASSWORD ?? null);
  if (!devMode) await ensureBuild();

  // Several production workers share the port through node:cluster; `next dev` is always one.
  const workers = devMode ? 1 : env.WEB_WORKERS;
  web = spawn(process.execPath, nextServerArgs(devMode ? "dev" : "start", env.PORT, workers), {
    cwd: ROOT,
    stdio: "inherit",
    env: {
      ...process.env,
      NODE_ENV: devMode ? "development" : "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? env.SITE_URL,
    },
  });
  console.log(
    `dateline: serving on http://localhost:${env.PORT}` +
      (workers > 1 ? ` with ${workers} web workers` : "") +
      (embedded ? ` (embedded PostgreSQL on 127.0.0.1:${env.EMBEDDED_PG_PORT}, data in ${path.relative(process.cwd(), DATA_DIR) || DATA_DIR})` : ""),
  );
  const code = await new Promise<number>((resolve) => web!.on("exit", (c) => resolve(c ?? 1)));
  if (!shutdownPromise) console.error(`dateline: the web server exited (code ${code})`);
  await shutdown(code || 1);
});
