// Direct access to the e2e database (dateline_e2e on the test server) for fixtures and lookups.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** Password of the seeded demo accounts in the e2e database. */
export const E2E_PASSWORD = "e2e-password-123";

/**
 * Runs SQL on the e2e database. A write bypasses the app, so the site's data cache cannot know
 * about it: unless `invalidate` is false, every cached public page is expired afterwards (as a
 * deploy tool would after a manual database fix), so specs see what they wrote.
 */
export async function e2eQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = [], { invalidate = true } = {}): Promise<T[]> {
  const url = new URL(process.env.DATELINE_TEST_PG ?? "");
  url.pathname = "/dateline_e2e";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const rows = (await client.query<T>(sql, params)).rows;
    if (invalidate && /^\s*(INSERT|UPDATE|DELETE)\b/i.test(sql)) await invalidateSiteCache();
    return rows;
  } finally {
    await client.end();
  }
}

/** Where scripts/e2e-server.ts leaves the site's secret for this file. */
export const E2E_SECRET_FILE = path.resolve(process.env.DATELINE_DATA_DIR || path.join(import.meta.dirname, "..", ".data"), "e2e", "nextauth-secret");

/** Expires every cached public page of the e2e site (POST /api/revalidate, signed like lib/invalidation-hook.ts). */
export async function invalidateSiteCache(tags: string[] = ["site"]): Promise<void> {
  const body = JSON.stringify({ tags });
  const signature = crypto.createHmac("sha256", fs.readFileSync(E2E_SECRET_FILE, "utf8")).update(`revalidate:${body}`).digest("hex");
  const response = await fetch(`http://localhost:${process.env.E2E_PORT ?? 3100}/api/revalidate`, { method: "POST", headers: { "content-type": "application/json", "x-dateline-signature": signature }, body });
  if (!response.ok) throw new Error(`cache invalidation refused: ${response.status}`);
}

export const ROLES = ["admin", "editor", "writer", "reader"] as const;
export type DemoRole = (typeof ROLES)[number];

/** Saved signed-in state of a demo account, written by e2e/auth.setup.ts. */
export function authFile(role: DemoRole): string {
  return `e2e/.auth/${role}.json`;
}

/** DATELINE_DATA_DIR of the e2e site: its dev mailbox is `mail/` inside. */
export const E2E_DATA_DIR = path.resolve(process.env.DATELINE_DATA_DIR || path.join(import.meta.dirname, "..", ".data"), "e2e");

export type DevMail = { to: string; subject: string; text: string; link?: string };

/** Messages the e2e site has "sent" to this address, oldest first. */
export function devMailbox(to: string): DevMail[] {
  const dir = path.join(E2E_DATA_DIR, "mail");
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as DevMail)
    .filter((m) => m.to === to);
}
