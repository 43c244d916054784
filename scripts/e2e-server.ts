// The server Playwright tests: a fresh `dateline_e2e` database (migrated, demo content seeded) on
// the test PostgreSQL, and `next start` on E2E_PORT. Started by playwright.config.ts.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { runCli } from "./lib/fail";
import { ROOT } from "./lib/schema-engine";
import { createSeededDatabase, withTestServer } from "./lib/test-server";
import { e2eMediaDir, e2eServerEnv } from "./lib/e2e-env";
import { nextServerArgs } from "./lib/next-server";
import { E2E_DATA_DIR, E2E_PASSWORD, E2E_SECRET_FILE } from "../e2e/db";

runCli(async () => {
  const port = process.env.E2E_PORT ?? "3100";
  await withTestServer(async (adminUrl) => {
    const url = await createSeededDatabase(adminUrl, "dateline_e2e", E2E_PASSWORD);
    // The site's dev mailbox (no SMTP_URL): tests read the links from here, so start it empty.
    fs.rmSync(path.join(E2E_DATA_DIR, "mail"), { recursive: true, force: true });
    // Uploads of this run only, emptied like the database.
    fs.rmSync(e2eMediaDir(), { recursive: true, force: true });

    // The site's secret, also read by e2e/db.ts to sign cache invalidations after direct SQL writes.
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(E2E_DATA_DIR, { recursive: true });
    fs.writeFileSync(E2E_SECRET_FILE, secret, { mode: 0o600 });

    const web = spawn(process.execPath, nextServerArgs("start", Number(port)), { cwd: ROOT, stdio: "inherit", env: e2eServerEnv({ port, url, secret, dataDir: E2E_DATA_DIR }) });
    const stop = () => web.kill("SIGTERM");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    await new Promise((resolve) => web.on("exit", resolve));
  });
});
