// `npm start` end to end on the embedded PostgreSQL: a cold start serves the seeded site, Ctrl-C
// stops everything cleanly, the next start reuses the data without seeding twice, and a crash of
// the database is reported.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureBuild } from "./lib/build";
import { cleanEnv, freePort, scratchDataDir, startCli, waitFor } from "./lib/cli";
import { embeddedUrl, isPortFree } from "./lib/embedded-postgres";

let dataDir: string;
let port: number;
let pgPort: number;
let env: NodeJS.ProcessEnv;

before(async () => {
  await ensureBuild();
  dataDir = scratchDataDir("start");
  port = await freePort();
  pgPort = await freePort();
  env = cleanEnv({ PORT: String(port), EMBEDDED_PG_PORT: String(pgPort), DATELINE_DATA_DIR: dataDir });
});
after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function waitForHttp(child: ReturnType<typeof startCli>): Promise<void> {
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`npm start exited early (${child.exitCode}):\n${child.out()}\n${child.err()}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the site did not answer on port ${port}:\n${child.out()}\n${child.err()}`);
}

async function articleCount(): Promise<number> {
  const client = new pg.Client({ connectionString: embeddedUrl(pgPort, "dateline") });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Article"`);
  await client.end();
  return Number(rows[0]?.n);
}

function exitOf(child: ReturnType<typeof startCli>): Promise<number | null> {
  return child.exitCode !== null ? Promise.resolve(child.exitCode) : new Promise((r) => child.on("exit", (code) => r(code)));
}

test("a cold start serves the seeded home page and article pages, and Ctrl-C stops cleanly", async () => {
  const child = startCli("start.ts", env);
  await waitForHttp(child);
  assert.match(child.out(), /first run on this database: adding demo content/);
  const home = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  const href = /href="(\/news\/\d+-[a-z0-9-]+)"/.exec(home)?.[1];
  assert.ok(href, "home links to an article");
  const article = await fetch(`http://127.0.0.1:${port}${href}`);
  assert.equal(article.status, 200);
  assert.match(await article.text(), /<h1[^>]*>/);
  assert.ok((await articleCount()) >= 80);

  child.kill("SIGINT");
  assert.equal(await exitOf(child), 0);
  assert.equal(await isPortFree(pgPort), true, "PostgreSQL stopped");
  assert.equal(await isPortFree(port, "0.0.0.0"), true, "the web server stopped");
  assert.equal(fs.existsSync(path.join(dataDir, "pg", "postmaster.pid")), false, "clean database shutdown");
});

test("the next start reuses the data: nothing lost, nothing seeded twice", async () => {
  const child = startCli("start.ts", env);
  await waitForHttp(child);
  assert.doesNotMatch(child.out(), /first run/);
  assert.doesNotMatch(child.out(), /building/, "the build is reused");
  const seededOnce = await articleCount();
  const client = new pg.Client({ connectionString: embeddedUrl(pgPort, "dateline") });
  await client.connect();
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Article" GROUP BY slug HAVING count(*) > 1`);
  await client.end();
  assert.equal(rows.length, 0, "no duplicated articles");
  assert.ok(seededOnce >= 80);
  child.kill("SIGTERM");
  assert.equal(await exitOf(child), 0);
});

test("a crash of the embedded PostgreSQL is reported and stops the site", async () => {
  const child = startCli("start.ts", env);
  await waitForHttp(child);
  const pid = Number(fs.readFileSync(path.join(dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGKILL");
  assert.equal(await exitOf(child), 1);
  await waitFor(() => /exited unexpectedly/.test(child.err()), 5_000, "the crash report");
  assert.match(child.err(), /dateline: the embedded PostgreSQL exited unexpectedly \(code none, signal SIGKILL\)/);
  await waitFor(() => true, 0, "");
  assert.equal(await isPortFree(port, "0.0.0.0"), true, "the web server was stopped too");
});
