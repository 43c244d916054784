// The environment of the e2e site's `next start`: scripts/e2e-server.ts starts the main instance
// with it, and e2e/instances.spec.ts a second instance on the same database.
import path from "node:path";
import { ROOT } from "./schema-engine";

/** The e2e site's CACHE_REFRESH_TOKEN; e2e/nginx-cache.spec.ts starts an nginx on E2E_PORT + 2 that knows it. */
export const E2E_REFRESH_TOKEN = "e2e-refresh-token-0123456789abcdef";

export function e2eRefreshPort(): number {
  return Number(process.env.E2E_PORT ?? 3100) + 2;
}

/** Uploads of this run only, beside the test database's data. */
export function e2eMediaDir(): string {
  return path.resolve(ROOT, process.env.DATELINE_DATA_DIR ?? ".data", "e2e-media");
}

export function e2eServerEnv({ port, url, secret, dataDir }: { port: string; url: string; secret: string; dataDir: string }): NodeJS.ProcessEnv {
  return {
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
    DATELINE_DATA_DIR: dataDir,
    SMTP_URL: "",
    MEDIA_DIR: e2eMediaDir(),
    // The nginx of e2e/nginx-cache.spec.ts's refresh test, when it runs (refreshes fail quietly otherwise).
    CACHE_REFRESH_URL: `http://127.0.0.1:${e2eRefreshPort()}`,
    CACHE_REFRESH_TOKEN: E2E_REFRESH_TOKEN,
    // A small upload limit so the too-big cases need only a few megabytes.
    MEDIA_MAX_UPLOAD_MB: "2",
  };
}
