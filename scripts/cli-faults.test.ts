// Operator mistakes get one clear line and a non-zero exit, never a stack dump.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import net from "node:net";
import { cleanEnv, freePort, runCliOnce, scratchDataDir } from "./lib/cli";
import { urlForDatabase } from "@/lib/testing/database";

function assertOneClearLine(result: { code: number; stderr: string }, pattern: RegExp) {
  assert.notEqual(result.code, 0, "exit code is non-zero");
  const lines = result.stderr.split("\n").filter((l) => l.trim());
  assert.equal(lines.length, 1, `one line on stderr, got:\n${result.stderr}`);
  assert.match(lines[0]!, /^dateline: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(result.stderr, /^\s+at /m, "no stack trace");
}

const secret = "x".repeat(40);

test("an unreachable DATABASE_URL names the host and what to check", async () => {
  const port = await freePort();
  const result = await runCliOnce("start.ts", cleanEnv({ DATABASE_URL: `postgresql://u:p@127.0.0.1:${port}/db`, NEXTAUTH_SECRET: secret, PORT: String(await freePort()) }));
  assertOneClearLine(result, new RegExp(`127\\.0\\.0\\.1:${port}: connection refused.*DATABASE_URL`));
});

test("a DATABASE_URL naming a missing database says so", async () => {
  const url = urlForDatabase("dateline_no_such_database");
  const result = await runCliOnce("migrate.ts", cleanEnv({ DATABASE_URL: url }));
  assertOneClearLine(result, /has no database "dateline_no_such_database"/);
});

test("a DATABASE_URL that is not PostgreSQL, or not a URL, is refused", async () => {
  assertOneClearLine(await runCliOnce("start.ts", cleanEnv({ DATABASE_URL: "mysql://root@localhost/db" })), /DATABASE_URL must start with postgresql:\/\//);
  assertOneClearLine(await runCliOnce("migrate.ts", cleanEnv({ DATABASE_URL: "postgresql://[::1" })), /DATABASE_URL is not a valid URL/);
});

test("a production start without NEXTAUTH_SECRET is refused", async () => {
  const result = await runCliOnce("start.ts", cleanEnv({ DATABASE_URL: urlForDatabase("postgres"), PORT: String(await freePort()) }));
  assertOneClearLine(result, /NEXTAUTH_SECRET is not set/);
});

test("invalid env values are named", async () => {
  assertOneClearLine(await runCliOnce("start.ts", cleanEnv({ PORT: "eighty" })), /PORT must be a whole number from 1 to 65535/);
  assertOneClearLine(await runCliOnce("start.ts", cleanEnv({ SITE_TIME_ZONE: "Mars/Base" })), /SITE_TIME_ZONE must be an IANA time zone/);
  assertOneClearLine(await runCliOnce("start.ts", cleanEnv({ NEXTAUTH_SECRET: "short" })), /NEXTAUTH_SECRET must be at least 32 characters/);
});

test("a site port already in use is reported before anything starts", async () => {
  const server = net.createServer().listen(0, "0.0.0.0");
  await new Promise((r) => server.once("listening", r));
  const port = (server.address() as net.AddressInfo).port;
  try {
    const result = await runCliOnce("start.ts", cleanEnv({ PORT: String(port), DATABASE_URL: urlForDatabase("postgres"), NEXTAUTH_SECRET: secret }));
    assertOneClearLine(result, new RegExp(`port ${port} is already in use`));
  } finally {
    server.close();
  }
});

test("an embedded PostgreSQL port already in use is reported", async () => {
  const dataDir = scratchDataDir("busy");
  const server = net.createServer().listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  const pgPort = (server.address() as net.AddressInfo).port;
  try {
    const result = await runCliOnce("migrate.ts", cleanEnv({ EMBEDDED_PG_PORT: String(pgPort), DATELINE_DATA_DIR: dataDir }));
    assertOneClearLine(result, new RegExp(`port ${pgPort} for the embedded PostgreSQL is already in use.*EMBEDDED_PG_PORT`));
  } finally {
    server.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test("db:migration refuses bad names", async () => {
  for (const args of [[], ["Bad Name"], ["../escape"], ["a".repeat(200)], ["one", "two"], ["<script>"]]) {
    const result = await runCliOnce("migration-create.ts", cleanEnv(), args);
    assertOneClearLine(result, /usage: npm run db:migration|NAME must be/);
  }
});

test("db:migration with an unchanged schema creates nothing", async () => {
  const result = await runCliOnce("migration-create.ts", cleanEnv({ DATABASE_URL: urlForDatabase("postgres") }), ["nothing_changed", "--from", "prisma/schema.prisma"]);
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /No schema changes/);
});
