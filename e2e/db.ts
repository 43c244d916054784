// Direct access to the e2e database (dateline_e2e on the test server) for fixtures and lookups.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

/** Password of the seeded demo accounts in the e2e database. */
export const E2E_PASSWORD = "e2e-password-123";

export async function e2eQuery<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const url = new URL(process.env.DATELINE_TEST_PG ?? "");
  url.pathname = "/dateline_e2e";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
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
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")) as DevMail)
    .filter((m) => m.to === to);
}
