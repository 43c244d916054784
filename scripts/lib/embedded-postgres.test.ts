// The embedded PostgreSQL keeps its data across restarts and reports a crash instead of hiding it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { EmbeddedDatabase, isPortFree } from "./embedded-postgres";
import { freePort, scratchDataDir, waitFor } from "./cli";

const base = scratchDataDir("embedded");
after(() => fs.rmSync(base, { recursive: true, force: true }));

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

test("data survives a stop and a start; the port is released in between", async () => {
  const port = await freePort();
  const options = { dataDir: path.join(base, "pg"), port, database: "keep", logFile: path.join(base, "pg.log") };
  const first = new EmbeddedDatabase(options);
  await first.start();
  await sql(first.url, "CREATE TABLE note (body text); INSERT INTO note VALUES ('kept')");
  await first.stop();
  assert.equal(await isPortFree(port), true, "PostgreSQL stopped and freed its port");
  assert.equal(fs.existsSync(path.join(options.dataDir, "postmaster.pid")), false, "clean shutdown removes the pid file");

  const second = new EmbeddedDatabase(options);
  await second.start();
  try {
    assert.deepEqual(await sql(second.url, "SELECT body FROM note"), [{ body: "kept" }]);
    const [settings] = await sql(second.url, "SELECT current_setting('listen_addresses') AS listen, current_setting('server_encoding') AS enc");
    assert.deepEqual(settings, { listen: "127.0.0.1", enc: "UTF8" });
  } finally {
    await second.stop();
  }
});

test("a crash of the embedded server is reported with its last log lines", async () => {
  const port = await freePort();
  const options = { dataDir: path.join(base, "crash"), port, database: "crash", logFile: path.join(base, "crash.log") };
  const db = new EmbeddedDatabase(options);
  let report = "";
  await db.start((r) => (report = r));
  const pid = Number(fs.readFileSync(path.join(options.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  process.kill(pid, "SIGKILL");
  await waitFor(() => report !== "", 10_000, "the crash report");
  assert.match(report, /the embedded PostgreSQL exited unexpectedly \(code none, signal SIGKILL\)/);

  // The next start recovers the cluster after the crash.
  const again = new EmbeddedDatabase(options);
  await again.start();
  try {
    assert.deepEqual(await sql(again.url, "SELECT 1 AS ok"), [{ ok: 1 }]);
  } finally {
    await again.stop();
  }
});
