// Which public pages a change's cache tags send the nginx refresh to, and how the refresh asks
// again while a page comes from an instance that has not applied the change (lib/cache-refresh.ts).
// The refresh is tried against a real HTTP server on loopback, standing where nginx would.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { REFRESH_HEADER, refreshPaths, refreshTargets } from "@/lib/cache-refresh";
import { APPLIED_HEADER, EXPECT_HEADER } from "@/lib/cache-applied";
import { articleChangeTags } from "@/lib/cache-tags";

test("a story's change refreshes its edition's home, section, tag and author pages with their feeds, and the article", () => {
  const facts = { id: 42, live: true, language: "en" as const, sectionSlug: "world", tagSlugs: ["harbour"], authorSlugs: ["wendy-writer"] };
  const { paths, articleIds } = refreshTargets(articleChangeTags(null, facts));
  assert.deepEqual(articleIds, [42]);
  for (const p of ["/", "/feed.xml", "/atom.xml", "/world", "/world/feed.xml", "/world/atom.xml", "/tags/harbour", "/tags/harbour/feed.xml", "/authors/wendy-writer", "/authors/wendy-writer/atom.xml"]) {
    assert.ok(paths.includes(p), p);
  }
  assert.ok(!paths.some((p) => p.startsWith("/ru")), "an English story leaves the Russian pages alone");
});

test("a Russian story's change refreshes the /ru pages", () => {
  const facts = { id: 7, live: true, language: "ru" as const, sectionSlug: "world", tagSlugs: ["zima"], authorSlugs: ["dmitri-volkov"] };
  const { paths } = refreshTargets(articleChangeTags(facts, facts));
  for (const p of ["/ru", "/ru/feed.xml", "/ru/world", "/ru/tags/zima", "/ru/tags/zima/atom.xml", "/ru/authors/dmitri-volkov"]) assert.ok(paths.includes(p), p);
  assert.ok(!paths.includes("/"));
});

test("tags that name no single page, and hostile tag text, refresh nothing", () => {
  const { paths, articleIds } = refreshTargets(["site", "sections", "sitemaps", "section:../admin", "tag:a b", "author:<script>", "article:abc", "article:99999999999", "ru:", "xx:home", "section:"]);
  assert.deepEqual(paths, []);
  assert.deepEqual(articleIds, []);
});

/** A server that answers `X-Dateline-Applied: no` to a path's first `stale(path)` requests asking about a change. */
async function fakeProxy(stale: (path: string) => number) {
  const seen: { path: string; headers: http.IncomingHttpHeaders }[] = [];
  const server = http.createServer((request, response) => {
    const path = request.url ?? "";
    seen.push({ path, headers: request.headers });
    const asked = seen.filter((s) => s.path === path && s.headers["accept-encoding"] === request.headers["accept-encoding"]).length;
    if (request.headers[EXPECT_HEADER]) response.setHeader(APPLIED_HEADER, asked <= stale(path) ? "no" : "yes");
    response.end("page");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const target = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  return { target, seen, close: () => new Promise((resolve) => server.close(resolve)) };
}

const change = "6f1c2b9e-7d4a-4c1e-9b3a-2f8e5d6c7a10";

test("a page rendered before its instance applied the change is fetched again until one that has answers", async () => {
  const proxy = await fakeProxy((path) => (path === "/world" ? 2 : 0));
  try {
    const result = await refreshPaths({ target: proxy.target, host: "news.example", token: "t".repeat(32), paths: ["/", "/world"], change });
    // Each path in both encodings; /world's two copies each came back stale twice.
    assert.deepEqual(result, { fetches: 8, repeats: 4 });
    for (const s of proxy.seen) {
      assert.equal(s.headers.host, "news.example");
      assert.equal(s.headers[REFRESH_HEADER], "t".repeat(32));
      assert.equal(s.headers[EXPECT_HEADER], change);
    }
    assert.equal(proxy.seen.filter((s) => s.path === "/world" && s.headers["accept-encoding"] === "gzip").length, 3);
  } finally {
    await proxy.close();
  }
});

test("without a change to wait for, or from an app that does not answer, each copy is fetched once", async () => {
  const proxy = await fakeProxy(() => 5);
  try {
    assert.deepEqual(await refreshPaths({ target: proxy.target, host: "h", token: "t", paths: ["/a", "/b"] }), { fetches: 4, repeats: 0 });
    assert.ok(proxy.seen.every((s) => s.headers[EXPECT_HEADER] === undefined));
  } finally {
    await proxy.close();
  }
});

test("an instance that never applies the change costs a few fetches, bounded by one deadline for the whole refresh", async () => {
  const proxy = await fakeProxy(() => Infinity);
  try {
    const started = Date.now();
    const paths = Array.from({ length: 10 }, (_, i) => `/p${i}`);
    const { fetches, repeats } = await refreshPaths({ target: proxy.target, host: "h", token: "t", paths, change, waitMs: 400 });
    const took = Date.now() - started;
    // The pauses double from 25 ms: no copy is asked for more than 5 times (the fifth pause, 400 ms,
    // always passes the deadline), and the copies reached after the deadline once each. How many
    // copies repeat before it depends on the timers: on a busy machine Node's timers can fire
    // early by the length of the tick that set them, so only these bounds hold everywhere.
    assert.ok(took < 400 + 1000, `took ${took} ms`);
    assert.equal(fetches, 20 + repeats);
    const perCopy = new Map<string, number>();
    for (const s of proxy.seen) {
      const copy = `${s.path} ${s.headers["accept-encoding"] ?? "identity"}`;
      perCopy.set(copy, (perCopy.get(copy) ?? 0) + 1);
    }
    assert.equal(perCopy.size, 20);
    assert.ok(repeats > 0, "the copies before the deadline are asked for again");
    assert.ok([...perCopy.values()].every((n) => n <= 5), JSON.stringify([...perCopy]));
    assert.ok([...perCopy.values()].filter((n) => n === 1).length >= 10, `${repeats} repeats: ${JSON.stringify([...perCopy])}`);
  } finally {
    await proxy.close();
  }
});
