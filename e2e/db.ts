// Direct access to the e2e database (dateline_e2e on the test server) for fixtures and lookups.
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
