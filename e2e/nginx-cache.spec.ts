// The production setup's micro-cache (deploy/nginx/dateline.conf, docs/DEPLOY.md) in a real nginx
// in front of the e2e server: anonymous reader pages, and their client navigations' payloads keyed
// apart from them, come from the cache; a signed-in reader always gets their own page and it is
// never stored; private areas and server-action requests are never cached. Skipped, saying so,
// where nginx is not installed (.ci/run installs it from Debian).
import net from "node:net";
import crypto from "node:crypto";
import { test, expect, request as requestContext, type APIRequestContext, type Browser } from "@playwright/test";
import { authFile, e2eQuery } from "./db";
import { findNginx, startDatelineNginx, type RunningNginx } from "../scripts/lib/nginx";
import { E2E_REFRESH_TOKEN, e2eRefreshPort } from "../scripts/lib/e2e-env";
import { writeDraft } from "./kit";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";

const binary = findNginx();
let nginx: RunningNginx | null = null;
let base = "";
let anonymous: APIRequestContext;
let reader: APIRequestContext;
let readerName = "";
let clicked: Record<string, string> = {};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

test.describe("nginx micro-cache", () => {
  test.skip(!binary, "nginx is not installed (apt-get install nginx): the production setup's cache is not tested here");

  test.beforeAll(async ({ browser }) => {
    const port = await freePort();
    nginx = await startDatelineNginx(binary!, port, Number(process.env.E2E_PORT ?? 3100));
    // localhost, like the e2e server: the saved session cookies are for that host.
    base = `http://localhost:${port}`;
    anonymous = await requestContext.newContext({ baseURL: base });
    reader = await requestContext.newContext({ baseURL: base, storageState: authFile("reader") });
    const [row] = await e2eQuery<{ name: string }>(`SELECT name FROM "User" WHERE email = 'reader@dateline.example'`, [], { invalidate: false });
    readerName = row!.name;
    clicked = await clickAbout(browser);
  });

  /** A reader's click from home to /about through this nginx: the router's headers it sent. */
  async function clickAbout(browser: Browser): Promise<Record<string, string>> {
    const page = await browser.newPage({ baseURL: base });
    await page.goto("/");
    const request = page.waitForRequest((r) => new URL(r.url()).pathname === "/about" && !!r.headers()["rsc"] && !r.headers()["next-router-prefetch"]);
    await page.getByRole("contentinfo").getByRole("link", { name: "About us" }).click();
    const sent = (await request).headers();
    await expect(page).toHaveURL(/\/about$/);
    await page.close();
    return { RSC: sent["rsc"]!, "Next-Router-State-Tree": sent["next-router-state-tree"]!, "Next-Url": sent["next-url"]! };
  }

  test.afterAll(async () => {
    await anonymous?.dispose();
    await reader?.dispose();
    await nginx?.stop();
  });

  /**
   * Answered from a stored copy: fresh (HIT), or in the shipped config's second of
   * stale-while-revalidate (STALE, or UPDATING while another request refreshes it). On a slow
   * machine the one-second freshness can run out between two steps of a test; either way the
   * copy came from the cache, which is what these tests are about.
   */
  const FROM_CACHE = ["HIT", "STALE", "UPDATING"];

  async function get(context: APIRequestContext, path: string, headers: Record<string, string> = {}) {
    const response = await context.get(path, { headers, maxRedirects: 0 });
    const h = response.headers();
    return { status: response.status(), cache: h["x-cache-status"] ?? "", cacheControl: h["cache-control"] ?? "", contentType: h["content-type"] ?? "", body: await response.text() };
  }

  /**
   * The router's headers for a client-side navigation: the ones a reader's browser sent when it
   * clicked from home to /about through this nginx (recorded in beforeAll), or for a prefetch
   * (Next's own "metadata-only" router state). `_rsc` is what Next derives from them, and checks:
   * it answers 307 to the right one otherwise.
   */
  async function navigation(to: string, kind: "click" | "prefetch" = "click"): Promise<{ path: string; headers: Record<string, string> }> {
    const headers: Record<string, string> =
      kind === "click" ? { ...clicked } : { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-State-Tree": encodeURIComponent(JSON.stringify(["", {}, null, "metadata-only"])), "Next-Url": "/" };
    const prefetch = kind === "prefetch" ? "1" : undefined;
    const rsc = await computeCacheBustingSearchParam(prefetch, undefined, headers["Next-Router-State-Tree"], headers["Next-Url"]);
    return { path: `${to}?_rsc=${rsc}`, headers };
  }

  async function sections(): Promise<string[]> {
    const rows = await e2eQuery<{ slug: string }>(`SELECT slug FROM "Section" ORDER BY position, id LIMIT 3`, [], { invalidate: false });
    return rows.map((r) => `/${r.slug}`);
  }

  test("a signed-in reader's page is never stored, and never handed to anyone else", async () => {
    const [, page] = await sections();
    const signedIn = await get(reader, page!);
    expect(signedIn.status).toBe(200);
    expect(signedIn.cache).toBe("BYPASS");
    expect(signedIn.cacheControl).toContain("private");
    expect(signedIn.body).toContain(readerName);
    // Had the reader's page been stored, this would be a HIT with their name on it.
    const first = await get(anonymous, page!);
    expect(["MISS", "EXPIRED"]).toContain(first.cache);
    expect(first.cacheControl).toContain("public");
    expect(first.body).not.toContain(readerName);
    expect(first.body).toContain("Sign in");
    const second = await get(anonymous, page!);
    expect(FROM_CACHE).toContain(second.cache);
    expect(second.body).not.toContain(readerName);
  });

  test("a signed-in reader never gets the anonymous copy", async () => {
    const [, , page] = await sections();
    await get(anonymous, page!);
    expect(FROM_CACHE).toContain((await get(anonymous, page!)).cache);
    const signedIn = await get(reader, page!);
    expect(signedIn.cache).toBe("BYPASS");
    expect(signedIn.body).toContain(readerName);
    expect(signedIn.body).not.toContain(">Sign in<");
  });

  test("private areas, server actions and a signed-in reader's navigations are never served from the cache", async () => {
    for (const path of ["/saved", "/my-feed", "/account", "/newsroom", "/signin", "/api/auth/session", "/ru/saved", "/ru/my-feed", "/ru/account", "/ru/signin", "/ru/reset-password"]) {
      for (const context of [anonymous, reader]) {
        for (let i = 0; i < 2; i++) {
          const r = await get(context, path);
          expect(FROM_CACHE, path).not.toContain(r.cache);
          expect(r.cacheControl, path).not.toContain("public");
        }
      }
    }
    const [page] = await sections();
    for (let i = 0; i < 2; i++) expect((await get(anonymous, page!, { "Next-Action": "0".repeat(40) })).cache).toBe("BYPASS");
    const signedInNavigation = await navigation(page!);
    for (let i = 0; i < 2; i++) {
      const signedIn = await get(reader, signedInNavigation.path, signedInNavigation.headers);
      expect(signedIn.status).toBe(200);
      expect(signedIn.contentType).toContain("text/x-component");
      expect(signedIn.cache).toBe("BYPASS");
      expect(signedIn.cacheControl).toContain("private");
    }
    // Had the signed-in payload been stored, an anonymous reader's same navigation would be a HIT.
    expect(FROM_CACHE).not.toContain((await get(anonymous, signedInNavigation.path, signedInNavigation.headers)).cache);
    // A private area's payload is not kept for anyone.
    const toAccount = await navigation("/account");
    for (let i = 0; i < 2; i++) expect(FROM_CACHE).not.toContain((await get(anonymous, toAccount.path, toAccount.headers)).cache);
  });

  test("an anonymous reader's navigation payload is kept apart from the page, keyed by the router's headers", async ({ browser }) => {
    const page = "/about";
    // One reader clicks from home to /about; the next reader to send the same request gets the
    // payload nginx kept from the first.
    clicked = await clickAbout(browser);
    const fromHome = await navigation(page);
    const first = await get(anonymous, fromHome.path, fromHome.headers);
    expect(first.status).toBe(200);
    expect(FROM_CACHE).toContain(first.cache);
    expect(first.contentType).toContain("text/x-component");
    expect(first.cacheControl).toContain("public");
    expect(first.body).not.toContain(readerName);
    // The same address without the router's headers (a hand-typed `_rsc`) is not the payload.
    const bare = await get(anonymous, fromHome.path);
    expect(bare.contentType).not.toContain("text/x-component");
    // `RSC: 1` at the page's own address is sent to an `_rsc` one (Next's answer, marked
    // shareable like any anonymous reader response), and that answer must never become the page.
    for (let i = 0; i < 2; i++) expect((await get(anonymous, page, { RSC: "1" })).status).toBe(307);
    // The page's own address still gives readers the page, never the payload, and the page's
    // copy does not answer a navigation either.
    for (let i = 0; i < 2; i++) {
      const html = await get(anonymous, page);
      expect(html.contentType).toContain("text/html");
      expect(html.body).toMatch(/^<!DOCTYPE html>/i);
    }
    expect((await get(anonymous, fromHome.path, fromHome.headers)).contentType).toContain("text/x-component");
    // Another router state (a prefetch) is another copy.
    const prefetch = await navigation(page, "prefetch");
    expect(prefetch.path).not.toBe(fromHome.path);
    const prefetched = await get(anonymous, prefetch.path, prefetch.headers);
    expect(prefetched.status).toBe(200);
    expect(prefetched.body).not.toBe(first.body);
    // A wrong `_rsc` for these headers is sent to the right one, never served from another key.
    const forged = await get(anonymous, `${page}?_rsc=forged`, fromHome.headers);
    expect(forged.status).toBe(307);
  });
});

// The app's refresh after a write (lib/cache-refresh.ts): the e2e site is started with
// CACHE_REFRESH_URL pointing at E2E_PORT + 2 and the token below. This nginx keeps pages five
// minutes whatever the app says (holdSeconds), so only the app's refresh can change them.
test.describe("nginx refresh on publish", () => {
  test.skip(!binary, "nginx is not installed (apt-get install nginx): the production setup's cache is not tested here");
  let held: RunningNginx | null = null;
  let client: APIRequestContext;

  test.beforeAll(async () => {
    held = await startDatelineNginx(binary!, e2eRefreshPort(), Number(process.env.E2E_PORT ?? 3100), { refreshToken: E2E_REFRESH_TOKEN, holdSeconds: 300 });
    client = await requestContext.newContext({ baseURL: `http://localhost:${e2eRefreshPort()}` });
  });

  test.afterAll(async () => {
    await client?.dispose();
    await held?.stop();
  });

  const read = async (path: string, headers: Record<string, string> = {}) => {
    const response = await client.get(path, { headers });
    return { cache: response.headers()["x-cache-status"] ?? "", body: await response.text() };
  };

  test("a publish, an edit and an unpublish reach pages nginx holds, through the app's refresh", async ({ browser }) => {
    const run = Date.now().toString(36);
    const editor = await (await browser.newContext({ storageState: authFile("editor") })).newPage();
    const headline = `Refreshed through the proxy ${run}`;
    const id = await writeDraft(editor, headline, "A story written to test the proxy refresh.");
    const [row] = await e2eQuery<{ section: string }>(`SELECT s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.id = $1`, [id], { invalidate: false });
    const pages = ["/", `/${row!.section}`, "/feed.xml"];
    for (const p of pages) await read(p);
    for (const p of pages) {
      const held = await read(p);
      expect(held.cache, p).toBe("HIT");
      expect(held.body, p).not.toContain(headline);
    }
    // A wrong token is an ordinary request: the held copy.
    expect((await read("/", { "X-Dateline-Refresh": "wrong-token-wrong-token-wrong-token" })).cache).toBe("HIT");

    await editor.getByRole("button", { name: "Publish now" }).click();
    await expect(editor.getByTestId("article-status")).toHaveText("Published");
    for (const p of pages) await expect.poll(async () => (await read(p)).body, { message: p }).toContain(headline);
    // Served from the cache: the refresh stored the new page, readers did not fetch it.
    for (const p of pages) expect((await read(p)).cache, p).toBe("HIT");
    const slug = (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id], { invalidate: false }))[0]!.slug;
    expect((await read(`/news/${id}-${slug}`)).body).toContain(headline);

    const edited = `Refreshed again through the proxy ${run}`;
    await editor.getByLabel("Headline").fill(edited);
    await editor.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editor.getByTestId("save-status")).toContainText("Saved");
    for (const p of [...pages, `/news/${id}-${slug}`]) await expect.poll(async () => (await read(p)).body, { message: p }).toContain(edited);

    await editor.getByRole("button", { name: "Unpublish" }).click();
    await expect(editor.getByTestId("article-status")).toHaveText("Unpublished");
    for (const p of pages) await expect.poll(async () => (await read(p)).body, { message: p }).not.toContain(edited);
    await editor.context().close();
  });

  test("nginx passes a refresh's question about a change on to the app only with the token", async () => {
    const change = crypto.randomUUID();
    const ask = async (path: string, headers: Record<string, string>) => (await client.get(path, { headers: { "X-Dateline-Expect": change, ...headers } })).headers()["x-dateline-applied"];
    // A reader (no token) cannot make the app answer; the app's refresh (the token) gets its answer.
    expect(await ask(`/about?probe=${change}`, {})).toBeUndefined();
    expect(await ask(`/about?probe=${change}-refresh`, { "X-Dateline-Refresh": E2E_REFRESH_TOKEN })).toBe("no");
  });
});
