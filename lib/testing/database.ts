// Scratch databases for integration tests, on the real PostgreSQL that scripts/test-unit.ts
// chose (DATELINE_TEST_PG). Each test file gets its own, migrated, and drops it afterwards.
import pg from "pg";
import { applyMigrations } from "@/scripts/lib/migrate";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

export function testServerUrl(): string {
  const url = process.env.DATELINE_TEST_PG;
  if (!url) throw new Error("DATELINE_TEST_PG is not set: run tests through `npm test` or `npm run test:unit`");
  return url;
}

export function urlForDatabase(name: string): string {
  const url = new URL(testServerUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: urlForDatabase("postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createEmptyDatabase(label: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `dateline_test_${label.replace(/[^a-z0-9_]/g, "_")}_${process.pid}`.slice(0, 63);
  await admin(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${c.escapeIdentifier(name)}`);
  });
  return {
    name,
    url: urlForDatabase(name),
    drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${c.escapeIdentifier(name)} WITH (FORCE)`))),
  };
}

/** A migrated scratch database with a Prisma client; call `drop()` in an `after` hook. */
export async function createTestDatabase(label: string): Promise<{ url: string; prisma: PrismaClient; drop: () => Promise<void> }> {
  const database = await createEmptyDatabase(label);
  await applyMigrations(database.url);
  const prisma = createPrismaClient(database.url, 4);
  return {
    url: database.url,
    prisma,
    drop: async () => {
      await prisma.$disconnect();
      await database.drop();
    },
  };
}
