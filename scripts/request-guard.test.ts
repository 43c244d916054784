// The request guard in front of `next start` (scripts/request-guard.mjs): a router request whose
// state tree Next cannot parse gets 400 before Next sees it; everything else reaches Next's
// listener untouched. Loaded here as `--import` loads it: a real HTTP server created afterwards.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { createRequire } from "node:module";
import { getMiddlewareRouteMatcher } from "next/dist/shared/lib/router/utils/middleware-route-matcher";
import { refusal, undecodablePath } from "./request-guard.mjs";
import { config } from "@/proxy";

let server: http.Server;
let base = "";
let reached = 0;
const tree = (value: unknown) => encodeURIComponent(JSON.stringify(value));
// What a browser on the home page sends (a tree of segments, each [segment, children, url, refresh]).
const valid = tree(["", { children: ["__PAGE__", {}] }, null, null]);

before(async () => {
  server = http.createServer((_request, response) => {
    reached++;
    response.end("next");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => new Promise((resolve) => server.close(resolve)));

async function get(headers: Record<string, string>, path = "/about?_rsc=abc", method = "GET") {
  const response = await fetch(`${base}${path}`, { headers, method });
  return { status: response.status, body: await response.text(), cache: response.headers.get("cache-control") };
}

test("router requests with a tree Next can parse, or none, and every other request reach Next", async () => {
  const before = reached;
  for (const headers of [{} as Record<string, string>, { RSC: "1" }, { RSC: "1", "Next-Router-State-Tree": valid }, { "Next-Router-State-Tree": "%E0%A4%A" }, { RSC: "2", "Next-Router-State-Tree": "not json" }]) {
    assert.deepEqual(await get(headers), { status: 200, body: "next", cache: null }, JSON.stringify(headers));
  }
  assert.equal(reached, before + 5);
});

test("a router request with a malformed tree gets 400 and never reaches Next", async () => {
  const before = reached;
  const malformed = [
    "%E0%A4%A", "not-json", encodeURIComponent("[1,2"), tree({ a: 1 }), tree(null), tree(["", { children: 5 }]), tree("<script>alert(1)</script>"),
    tree(["\u202e", { children: [] }]), tree([["id", 1, "d"], {}]), "x".repeat(15_000),
  ];
  for (const value of malformed) {
    assert.deepEqual(await get({ RSC: "1", "Next-Router-State-Tree": value }), { status: 400, body: "Bad request: the Next-Router-State-Tree header is malformed.\n", cache: "no-store" }, value.slice(0, 40));
  }
  assert.equal(reached, before, "none reached Next");
  // Hostile text in a well-formed tree is Next's to handle (segments are matched, never run): it passes.
  assert.equal((await get({ RSC: "1", "Next-Router-State-Tree": tree(["'; DROP TABLE \"Article\"; --<script>", {}]) })).status, 200);
  assert.equal(refusal({ rsc: "1", "next-router-state-tree": "%E0%A4%A" }), "the Next-Router-State-Tree header is malformed");
  assert.equal(refusal({ rsc: "1", "next-router-state-tree": valid }), null);
});

test("a path with a malformed %-escape where proxy.ts does not run gets 404 and never reaches Next", async () => {
  const before = reached;
  for (const path of ["/api/views/%E0%A4%A", "/api/presence/%", "/media/%E0%A4%A", "/media/ab/%C3%28.webp", "/%E0%A4%A.png", "/x/%ZZ.jpg"]) {
    for (const method of ["GET", "POST"]) {
      assert.deepEqual(await get({}, path, method), { status: 404, body: "Not found\n", cache: "no-store" }, `${method} ${path}`);
    }
  }
  assert.equal(reached, before, "none reached Next");
  // Well-formed escapes, and pages (proxy.ts answers those with the site's own 404), pass.
  for (const path of ["/api/views/%20", "/media/ab/c%2Ed.webp", "/world/%E0%A4%A", "/%E0%A4%A", "/news/%e0%a4%a", "/about"]) {
    assert.equal((await get({}, path)).status, 200, path);
  }
  assert.equal(reached, before + 6);
});

test("every path with a malformed escape is handled by proxy.ts or by the guard", () => {
  // Next's compiler of `config.matcher`, as lib/proxy-matcher.test.ts uses it.
  const { getMiddlewareMatchers } = createRequire(import.meta.url)("next/dist/build/analysis/get-page-static-info") as {
    getMiddlewareMatchers: (matcher: typeof config.matcher, nextConfig: object) => Parameters<typeof getMiddlewareRouteMatcher>[0];
  };
  const runs = getMiddlewareRouteMatcher(getMiddlewareMatchers(config.matcher, {}));
  const prefixes = ["/", "/api/", "/api/views/", "/media/", "/media/ab/", "/_next/static/", "/demo/", "/world/", "/news/", "/ru/", "/tags/"];
  const tails = ["%E0%A4%A", "%", "%ZZ", "a%C3%28b", "%E0%A4%A.png", "x%.jpg", "%E0%A4%A.PNG", "%E0.woff2", "%/feed.xml"];
  for (const prefix of prefixes) {
    for (const tail of tails) {
      const path = prefix + tail;
      assert.ok(undecodablePath(path) || runs(path, { headers: {} } as never, {}), path);
    }
  }
  for (const path of ["/api/views/12", "/media/ab/cd.webp", "/api/views/%20", "/demo/a%20b.jpg"]) assert.equal(undecodablePath(path), false, path);
});
