// Cache invalidation across instances over real PostgreSQL LISTEN/NOTIFY: announcements reach
// listeners, a listener skips its own, hostile payloads are ignored, a refused apply is retried,
// big tag lists are split under NOTIFY's limit, and a listener whose connection is cut reconnects
// and expires everything once, as does one that first listens after the server began serving.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createEmptyDatabase } from "@/lib/testing/database";
import type { Listener } from "@/lib/cache-broadcast";

let database: Awaited<ReturnType<typeof createEmptyDatabase>>;
let broadcast: typeof import("@/lib/cache-broadcast");
const listeners: Listener[] = [];

before(async () => {
  database = await createEmptyDatabase("cache_broadcast");
  process.env.DATABASE_URL = database.url;
  broadcast = await import("@/lib/cache-broadcast");
});

after(async () => {
  for (const l of listeners) await l.stop();
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

/** A listener whose applied tags are collected; `answers` decides what apply returns, call by call. */
function listen(self: string, answers: boolean[] = []) {
  const applied: string[][] = [];
  const logs: string[] = [];
  const listener = broadcast.startInvalidationListener({
    url: database.url,
    self,
    apply: async (tags) => {
      applied.push(tags);
      return answers.length ? answers.shift()! : true;
    },
    log: (m) => logs.push(m),
    retryMinMs: 50,
    retryMaxMs: 200,
  });
  listeners.push(listener);
  return { listener, applied, logs, all: () => applied.flat() };
}

async function until(what: string, check: () => boolean, ms = 10_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) assert.fail(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

test("payloads: split under NOTIFY's 8,000-byte limit, nothing lost, duplicates and absurd tags dropped", () => {
  const tags = Array.from({ length: 5000 }, (_, i) => `section:${"x".repeat(40)}-${i}`);
  const payloads = broadcast.announcementPayloads([...tags, tags[0]!, "", "y".repeat(201)], "me");
  assert.ok(payloads.length > 1);
  for (const p of payloads) assert.ok(Buffer.byteLength(p) <= broadcast.MAX_PAYLOAD_BYTES, `${Buffer.byteLength(p)} bytes`);
  const back = payloads.flatMap((p) => broadcast.parseAnnouncement(p)!.tags);
  assert.deepEqual(back, tags);
  // Multi-byte tags are measured in bytes, not characters.
  for (const p of broadcast.announcementPayloads(Array.from({ length: 400 }, (_, i) => `ru:tag:${"ж".repeat(90)}${i}`), "me")) assert.ok(Buffer.byteLength(p) <= broadcast.MAX_PAYLOAD_BYTES);
  assert.deepEqual(broadcast.announcementPayloads([]), []);
});

test("a change's id rides on its last payload only, and every payload still fits", () => {
  const id = "0b6f8a52-3c1d-4e7f-9a2b-5c6d7e8f9a0b";
  const tags = Array.from({ length: 3000 }, (_, i) => `tag:${"z".repeat(30)}-${i}`);
  const payloads = broadcast.announcementPayloads(tags, "me", id);
  assert.ok(payloads.length > 1);
  const parsed = payloads.map((p) => broadcast.parseAnnouncement(p)!);
  assert.deepEqual(parsed.map((m) => m.id), [...payloads.slice(1).map(() => undefined), id]);
  assert.deepEqual(parsed.flatMap((m) => m.tags), tags);
  for (const p of payloads) assert.ok(Buffer.byteLength(p) <= broadcast.MAX_PAYLOAD_BYTES, `${Buffer.byteLength(p)} bytes`);
  assert.equal(broadcast.parseAnnouncement(broadcast.announcementPayloads(["home"], "me", id)[0])!.id, id);
});

test("hostile payloads are not announcements", () => {
  for (const payload of [undefined, "", "null", "42", "[]", "{", '{"from":1,"tags":[]}', '{"from":"a"}', '{"from":"a","tags":"home"}', '{"from":"a","tags":[1]}', '{"from":"a","tags":[""]}', `{"from":"a","tags":["${"x".repeat(201)}"]}`, "x".repeat(9000), '{"__proto__":{"tags":["home"]},"from":"a"}']) {
    assert.equal(broadcast.parseAnnouncement(payload), null, String(payload).slice(0, 60));
  }
  assert.deepEqual(broadcast.parseAnnouncement('{"from":"a","tags":["home","article:1"]}'), { from: "a", tags: ["home", "article:1"] });
  // An id that is not one of ours is dropped; the tags still count.
  for (const id of ['"<script>"', "42", '"' + "a".repeat(5000) + '"', '"0b6f8a52-3c1d-4e7f-9a2b-5c6d7e8f9a0b\\n"', "null"]) {
    assert.deepEqual(broadcast.parseAnnouncement(`{"from":"a","id":${id},"tags":["home"]}`), { from: "a", tags: ["home"] }, id.slice(0, 40));
  }
});

test("another instance's announcement reaches a listener; its own does not; garbage on the channel is ignored", async () => {
  const a = listen("instance-a");
  const b = listen("instance-b");
  await until("both listening", () => a.listener.connected() && b.listener.connected());
  await broadcast.announceInvalidation(["home", "article:7"], "instance-a");
  await until("b applies a's tags", () => b.all().includes("article:7"));
  assert.deepEqual(b.all().sort(), ["article:7", "home"]);
  const { db } = await import("@/lib/db");
  await db().$executeRawUnsafe(`SELECT pg_notify('${broadcast.CHANNEL}', 'not json <script>')`);
  await db().$executeRawUnsafe(`SELECT pg_notify('${broadcast.CHANNEL}', '{"from":"x","tags":[1,2]}')`);
  await db().$executeRawUnsafe(`SELECT pg_notify('some_other_channel', '{"from":"x","tags":["home"]}')`);
  // A marker after the garbage: once it arrives, the garbage has been read (and dropped).
  await broadcast.announceInvalidation(["marker"], "instance-c");
  await until("b sees the marker", () => b.all().includes("marker"));
  assert.deepEqual(b.all().sort(), ["article:7", "home", "marker"]);
  await until("a sees the marker", () => a.all().includes("marker"));
  assert.ok(!a.all().includes("article:7"), "a skipped its own announcement");
  await a.listener.stop();
  await b.listener.stop();
});

test("5,000 tags in one change all arrive, in payloads PostgreSQL accepts", async () => {
  const l = listen("listener-big");
  await until("listening", () => l.listener.connected());
  const tags = Array.from({ length: 5000 }, (_, i) => `tag:some-long-topic-name-${i}`);
  await broadcast.announceInvalidation(tags, "writer");
  await until("all 5,000 applied", () => new Set(l.all()).size === 5000);
  await l.listener.stop();
});

test("a change is marked applied where it was made at once, and elsewhere only once an apply succeeds", async () => {
  const { appliedHere } = await import("@/lib/cache-applied");
  const marked: string[][] = [];
  const answers = [false];
  const listener = broadcast.startInvalidationListener({
    url: database.url,
    self: "listener-marks",
    apply: async () => (answers.length ? answers.shift()! : true),
    applied: (ids) => marked.push(ids),
    log: () => undefined,
  });
  listeners.push(listener);
  await until("listening", () => listener.connected());
  const id = await broadcast.announceInvalidation(["section:world"], "writer");
  assert.equal(appliedHere(id), true, "the writer has expired its own change");
  // The first apply is refused: nothing is marked until the retry (about a second later) succeeds.
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(marked.length, 0);
  await until("marked after the retry", () => marked.flat().includes(id), 5000);
  assert.deepEqual(marked, [[id]]);
  await listener.stop();
});

test("a refused apply (the server not listening yet) is retried until it succeeds", async () => {
  const l = listen("listener-retry", [false, false]);
  await until("listening", () => l.listener.connected());
  await broadcast.announceInvalidation(["section:world"], "writer");
  await until("three attempts", () => l.applied.length >= 3, 15_000);
  assert.deepEqual(l.applied.slice(0, 3), [["section:world"], ["section:world"], ["section:world"]]);
  await l.listener.stop();
});

test("a listener whose connection is cut reconnects, expires everything once, and hears what follows", async () => {
  const l = listen("listener-cut");
  await until("listening", () => l.listener.connected());
  const { db } = await import("@/lib/db");
  const [row] = await db().$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE application_name = 'dateline-cache-listener' AND datname = current_database()`,
  );
  assert.equal(row?.n, 1);
  await until("it notices", () => l.logs.some((m) => m.includes("connection lost")));
  await until("reconnected and expired everything", () => l.listener.connected() && l.all().includes("site"));
  await broadcast.announceInvalidation(["author:wendy"], "writer");
  await until("hears the next announcement", () => l.all().includes("author:wendy"));
  await l.listener.stop();
  assert.equal(l.listener.connected(), false);
});

test("listening() resolves once LISTEN is in place: a change announced at that moment is heard, and nothing is expired wholesale", async () => {
  const l = listen("listener-start");
  assert.equal(await l.listener.listening(10_000), true);
  await broadcast.announceInvalidation(["tag:first-moment"], "writer");
  await until("hears the first announcement", () => l.all().includes("tag:first-moment"));
  assert.ok(!l.all().includes("site"), JSON.stringify(l.applied));
  // Asked again later: already listening.
  assert.equal(await l.listener.listening(1), true);
  await l.listener.stop();
});

test("a listener that could not listen in time (the server went on serving) expires everything when it first does", async () => {
  const late = await createEmptyDatabase("cache_broadcast_late");
  const { db } = await import("@/lib/db");
  const allow = (yes: boolean) => db().$executeRawUnsafe(`ALTER DATABASE "${late.name}" WITH ALLOW_CONNECTIONS ${yes}`);
  try {
    await allow(false);
    const applied: string[] = [];
    const logs: string[] = [];
    const listener = broadcast.startInvalidationListener({ url: late.url, self: "listener-late", apply: async (tags) => (applied.push(...tags), true), log: (m) => logs.push(m), retryMinMs: 50, retryMaxMs: 100 });
    listeners.push(listener);
    assert.equal(await listener.listening(300), false);
    assert.equal(listener.connected(), false);
    await allow(true);
    await until("listens at last and expires everything", () => listener.connected() && applied.includes("site"));
    assert.ok(logs.some((m) => m.includes("listening at last")), logs.join("\n"));
    assert.equal(await listener.listening(1), true);
    await listener.stop();
  } finally {
    await late.drop();
  }
});
