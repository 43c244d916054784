// The server Playwright tests: a fresh `dateline_e2e` database (migrated, demo content seeded) on
// the test PostgreSQL, and `next start` on E2E_PORT. Started by playwright.config.ts.
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import { runCli } from "./lib/fail";
import { ROOT } from "./lib/schema-engine";
import { createSeededDatabase, withTestServer } from "./lib/test-server";
import { E2E_DATA_DIR, E2E_PASSWORD, E2E_SECRET_FILE } from "../e2e/db";

runCli(async () => {
  const port = process.env.E2E_PORT ?? "3100";
  await withTestServer(async (adminUrl) => {
    const url = await createSeededDatabase(adminUrl, "dateline_e2e", E2E_PASSWORD);
    // The site's dev mailbox (no SMTP_URL): tests read the links from here, so start it empty.
    fs.rmSync(path.join(E2E_DATA_DIR, "mail"), { recursive: true, force: true });
    // Uploads of this run only, beside the test database's data and emptied like it.
    const mediaDir = path.resolve(ROOT, process.env.DATELINE_DATA_DIR ?? ".data", "e2e-media");
    fs.rmSync(mediaDir, { recursive: true, force: true });

    // The site's secret, also read by e2e/db.ts to sign cache invalidations after direct SQL writes.
    const secret = crypto.randomBytes(32).toString("base64url");
    fs.mkdirSync(E2E_DATA_DIR, { recursive: true });
    fs.writeFileSync(E2E_SECRET_FILE, secret, { mode: 0o600 });

    const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
    const web = spawn(process.execPath, [next, "start", "-p", port], {
      cwd: ROOT,
      stdio: "inherit",
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: url,
        NEXTAUTH_SECRET: secret,
        SITE_URL: `http://localhost:${port}`,
        // Small sitemap chunks so the e2e data (about 90 stories) spans several of them.
        SITEMAP_CHUNK_SIZE: "25",
        // Full-text feeds, so e2e checks the rendered bodies; summary mode is unit-tested.
        FEED_FULL_TEXT: "true",
        NEXTAUTH_URL: `http://localhost:${port}`,
        // A fast scheduler tick so the scheduling test waits seconds, not a minute.
        SCHEDULER_INTERVAL_SECONDS: "2",
        DATELINE_DATA_DIR: E2E_DATA_DIR,
        SMTP_URL: "",
        MEDIA_DIR: mediaDir,
        // A small upload limit so the too-big cases need only a few megabytes.
        MEDIA_MAX_UPLOAD_MB: "2",
      },
    });
    const stop = () => web.kill("SIGTERM");
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
    await new Promise((resolve) => web.on("exit", resolve));
  });
});
