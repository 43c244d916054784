// `npm start` end to end on the embedded PostgreSQL: a cold start serves the seeded site, Ctrl-C
// stops everything cleanly, the next start reuses the data without seeding twice, and a crash of
// the database is reported.
import { test, before, after, type TestContext } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import pg from "pg";
import { ensureBuild } from "./lib/build";
import { cleanEnv, freePort, runCliOnce, scratchDataDir, startCli, waitFor } from "./lib/cli";
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

/** Live child processes of `pid` whose command line contains `marker` (Linux /proc). */
function childrenOf(pid: number, marker: string): number[] {
  return fs.readdirSync("/proc").flatMap((entry) => {
    if (!/^\d+$/.test(entry)) return [];
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const [state, ppid] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(ppid) !== pid || state === "Z") return [];
      return fs.readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(marker) ? [Number(entry)] : [];
    } catch {
      return []; // gone meanwhile
    }
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !/\) Z /.test(fs.readFileSync(`/proc/${pid}/stat`, "utf8"));
  } catch {
    return false;
  }
};

/** A page's HTML over a connection of its own, so the cluster deals requests to both workers. */
function getOnNewConnection(pathname: string): Promise<string> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: pathname, agent: false }, (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve(body));
      })
      .on("error", reject);
  });
}

async function startWorkers(t: TestContext): Promise<{ child: ReturnType<typeof startCli>; primary: number; workers: () => number[] }> {
  const child = startCli("start.ts", { ...env, WEB_WORKERS: "2" });
  const started: { primary?: number } = {};
  // Whatever a failed test left running is stopped before the next test starts.
  t.after(async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGINT");
      await Promise.race([exitOf(child), new Promise((r) => setTimeout(r, 15_000))]);
    }
    const { primary } = started;
    if (primary && alive(primary)) for (const pid of [...childrenOf(primary, "next"), primary]) process.kill(pid, "SIGKILL");
  });
  await waitForHttp(child);
  assert.match(child.out(), /serving on http:\/\/localhost:\d+ with 2 web workers/);
  const [primary, ...others] = childrenOf(child.pid!, "web-cluster.mjs");
  assert.ok(primary && !others.length, "one cluster process under npm start");
  started.primary = primary;
  const workers = () => childrenOf(primary, "next");
  await waitFor(() => workers().length === 2, 30_000, "two web workers");
  return { child, primary, workers };
}

test("WEB_WORKERS=2: two workers serve one port, a worker that dies is replaced, a change reaches both caches, and Ctrl-C stops them all", async (t) => {
  const { child, primary, workers } = await startWorkers(t);
  const first = workers();
  // Fresh connections, so they are dealt out to both workers.
  for (let i = 0; i < 8; i++) assert.equal((await fetch(`http://127.0.0.1:${port}/about`, { headers: { connection: "close" } })).status, 200);
  // Every worker runs behind the request guard (scripts/request-guard.mjs), as one `next start` does.
  for (let i = 0; i < 8; i++) {
    const refused = await fetch(`http://127.0.0.1:${port}/about`, { headers: { connection: "close", RSC: "1", "Next-Router-State-Tree": "%E0%A4%A" } });
    assert.equal(refused.status, 400, await refused.text());
  }

  process.kill(first[0]!, "SIGKILL");
  await waitFor(() => /dateline: web worker \d+ exited \(signal SIGKILL\); starting another/.test(child.err()), 10_000, "the replacement notice");
  await waitFor(() => workers().length === 2 && !workers().includes(first[0]!), 30_000, "a new worker in its place");
  await waitForHttp(child);
  assert.ok(workers().includes(first[1]!), "the other worker was left alone");

  // Each worker keeps its own reader-data cache: a change announced through PostgreSQL (as another
  // instance's edit is) must reach both, though each applies it through the shared port.
  const client = new pg.Client({ connectionString: embeddedUrl(pgPort, "dateline") });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number; slug: string }>(`SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' AND language = 'en' ORDER BY id LIMIT 1`);
    const { id, slug } = rows[0]!;
    for (let round = 1; round <= 3; round++) {
      for (let i = 0; i < 6; i++) await getOnNewConnection(`/news/${id}-${slug}`); // cached in both workers
      const headline = `Worker check ${round} ${Date.now()}`;
      await client.query(`UPDATE "Article" SET headline = $1 WHERE id = $2`, [headline, id]);
      await client.query(`SELECT pg_notify('dateline_cache_tags', $1)`, [JSON.stringify({ from: "start-test", tags: [`article:${id}`] })]);
      const until = Date.now() + 10_000;
      let pages: string[] = [];
      while (Date.now() < until) {
        pages = await Promise.all(Array.from({ length: 8 }, () => getOnNewConnection(`/news/${id}-${slug}`)));
        if (pages.every((page) => page.includes(headline))) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      assert.ok(pages.every((page) => page.includes(headline)), `round ${round}: every worker shows the new headline (${pages.filter((p) => p.includes(headline)).length} of 8 did)`);
    }
  } finally {
    await client.end();
  }

  const last = workers();
  child.kill("SIGINT");
  assert.equal(await exitOf(child), 0);
  assert.equal(await isPortFree(port, "0.0.0.0"), true, "the web server stopped");
  assert.equal(await isPortFree(pgPort), true, "PostgreSQL stopped");
  for (const pid of [primary, ...last]) assert.equal(alive(pid), false, `process ${pid} is gone`);
});

test("WEB_WORKERS=2: workers that keep dying stop the site with a clear message instead of a restart loop", async (t) => {
  const { child, primary, workers } = await startWorkers(t);
  // Five replacements a minute are allowed; the sixth death stops everything.
  for (let kill = 1; kill <= 6; kill++) {
    await waitFor(() => workers().length > 0 || child.exitCode !== null, 30_000, "a worker to kill");
    const pid = workers()[0];
    if (pid === undefined) break;
    process.kill(pid, "SIGKILL");
    await waitFor(() => !alive(pid), 5_000, `worker ${pid} to die`);
  }
  const stopped = await Promise.race([exitOf(child), new Promise<"running">((r) => setTimeout(() => r("running"), 30_000))]);
  if (stopped === "running") {
    child.kill("SIGINT");
    await exitOf(child);
  }
  assert.equal(stopped, 1, "npm start gave up with code 1");
  assert.match(child.err(), /and 5 were replaced in the last minute: stopping/);
  assert.match(child.err(), /dateline: the web server exited \(code 1\)/);
  assert.equal(alive(primary), false);
  assert.equal(await isPortFree(port, "0.0.0.0"), true, "the web server stopped");
  assert.equal(await isPortFree(pgPort), true, "PostgreSQL stopped");
});

test("WEB_WORKERS must be a whole number: a bad value stops npm start with one clear line", async () => {
  for (const bad of ["0", "two", "2.5", "100"]) {
    const { code, stderr } = await runCliOnce("start.ts", { ...env, WEB_WORKERS: bad });
    assert.equal(code, 1, bad);
    assert.match(stderr, /WEB_WORKERS must be/, bad);
    assert.equal(await isPortFree(pgPort), true, "no database was started");
  }
});
