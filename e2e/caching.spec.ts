// Reader pages are served from a tagged data cache (lib/cache.ts), and every newsroom write expires
// exactly the tags it touches. This proves it against the production build: every page is read
// first (so it is cached), then a change is made through the newsroom, and the very next request
// must show it — home, section, tag and author pages, the RSS feeds, search, the article. The scheduler
// path is checked the same way, without any manual action after the schedule falls due.
import crypto from "node:crypto";
import fs from "node:fs";
import { test, expect, type Browser, type Page, type APIRequestContext } from "@playwright/test";
import { authFile, e2eQuery, E2E_SECRET_FILE } from "./db";
import { writeDraft } from "./kit";
import { dateToZonedInput } from "../lib/format";

const run = Date.now().toString(36);

async function editorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile("editor") });
  return context.newPage();
}

/** Every public place a story shows up in an edition, read from the database (not from the site). */
async function placesOf(id: number, edition: "en" | "ru" = "en"): Promise<string[]> {
  const [row] = await e2eQuery<{ section: string; tag: string; author: string }>(
    `SELECT s.slug AS section, (SELECT t.slug FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = a.id LIMIT 1) AS tag,
       (SELECT u.slug FROM "ArticleAuthor" aa JOIN "User" u ON u.id = aa."userId" WHERE aa."articleId" = a.id ORDER BY aa.position LIMIT 1) AS author
     FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.id = $1`,
    [id],
  );
  // Every test's headlines share the word `run`: the search for it is cached too (lib/data/search-cache.ts).
  const places = ["/", `/${row!.section}`, `/tags/${row!.tag}`, `/authors/${row!.author}`, "/feed.xml", `/${row!.section}/feed.xml`, `/tags/${row!.tag}/atom.xml`, `/search?q=${run}`];
  return edition === "en" ? places : places.map((p) => (p === "/" ? "/ru" : `/ru${p}`));
}

async function bodies(request: APIRequestContext, paths: string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const p of paths) {
    const response = await request.get(p);
    expect(response.status(), p).toBe(200);
    out[p] = await response.text();
  }
  return out;
}

function showing(pages: Record<string, string>, text: string): string[] {
  return Object.entries(pages)
    .filter(([, html]) => html.includes(text))
    .map(([p]) => p);
}

test("publish, edit and unpublish show everywhere on the very next request, though every page was cached", async ({ browser, request }) => {
  const editor = await editorPage(browser);
  const headline = `Harbour cache lighthouse relit ${run}`;
  const id = await writeDraft(editor, headline, "A story written to test the cache.");
  const places = await placesOf(id);
  const slug = async () => (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;

  // Read everything (twice, so the second read is a cache hit) while the story is a draft.
  await bodies(request, places);
  expect(showing(await bodies(request, places), headline)).toEqual([]);
  expect((await request.get(`/news/${id}-${await slug()}`)).status()).toBe(404);

  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Published");
  expect(showing(await bodies(request, places), headline)).toEqual(places);
  const article = await request.get(`/news/${id}-${await slug()}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(headline);

  // The pages really are cached: a change written behind the app's back (no invalidation) is not seen.
  await e2eQuery(`UPDATE "Article" SET headline = $2 WHERE id = $1`, [id, `Unseen ${run}`], { invalidate: false });
  expect(showing(await bodies(request, places), `Unseen ${run}`)).toEqual([]);

  // Edit the headline: the new one everywhere, the old one nowhere.
  const edited = `Harbour cache lighthouse shines again ${run}`;
  await editor.getByLabel("Headline").fill(edited);
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  const afterEdit = await bodies(request, [...places, `/news/${id}-${await slug()}`]);
  expect(showing(afterEdit, edited)).toEqual(Object.keys(afterEdit));
  expect(showing(afterEdit, headline)).toEqual([]);

  // Unpublish: gone from every list and feed, and the article answers 404.
  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Unpublished");
  expect(showing(await bodies(request, places), edited)).toEqual([]);
  expect((await request.get(`/news/${id}-${await slug()}`)).status()).toBe(404);
});

test("/news/{id} lands on a new slug at once, though the proxy keeps each story's address", async ({ browser, request }) => {
  const editor = await editorPage(browser);
  const id = await writeDraft(editor, `Harbour cache tide tables ${run}`, "A story written to test the cache.");
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Published");
  const slug = async () => (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;
  /** Where a request lands: the 301's path, or the status. */
  const lands = async (path: string) => {
    const response = await request.get(path, { maxRedirects: 0 });
    return response.status() === 301 ? new URL(response.headers().location!, "http://localhost").pathname : response.status();
  };
  const first = await slug();
  expect(await lands(`/news/${id}`)).toBe(`/news/${id}-${first}`);
  expect(await lands(`/news/${id}-${first}`)).toBe(200);

  // The address is kept (lib/data/article-routes.ts): a slug written behind the app's back is not seen.
  await e2eQuery(`UPDATE "Article" SET slug = $2 WHERE id = $1`, [id, `unseen-${run}`], { invalidate: false });
  expect(await lands(`/news/${id}`)).toBe(`/news/${id}-${first}`);
  await e2eQuery(`UPDATE "Article" SET slug = $2 WHERE id = $1`, [id, first], { invalidate: false });

  // A new slug through the newsroom: every spelling lands on it on the very next request.
  const moved = `tide-tables-moved-${run}`;
  await editor.getByLabel("Slug").fill(moved);
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  expect(await slug()).toBe(moved);
  expect(await lands(`/news/${id}`)).toBe(`/news/${id}-${moved}`);
  expect(await lands(`/news/${id}-${first}`)).toBe(`/news/${id}-${moved}`);
  expect(await lands(`/news/${first}`)).toBe(`/news/${id}-${moved}`);
  expect(await lands(`/news/${id}-${moved}`)).toBe(200);

  // Unpublished: every spelling answers 404 at once.
  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Unpublished");
  expect(await lands(`/news/${id}`)).toBe(404);
  expect(await lands(`/news/${id}-${moved}`)).toBe(404);
});

test("a Russian story reaches every cached Russian page on publish, edit and unpublish, and no English one", async ({ browser, request }) => {
  const editor = await editorPage(browser);
  const headline = `Маяк в гавани снова зажгли ${run}`;
  const id = await writeDraft(editor, headline, "A story written to test the cache.", { language: "ru" });
  const russian = await placesOf(id, "ru");
  const english = await placesOf(id, "en");
  const slug = async () => (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;
  expect((await e2eQuery<{ language: string }>(`SELECT language FROM "Article" WHERE id = $1`, [id]))[0]!.language).toBe("ru");

  await bodies(request, [...russian, ...english]);
  expect(showing(await bodies(request, russian), headline)).toEqual([]);

  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Published");
  expect(showing(await bodies(request, russian), headline)).toEqual(russian);
  expect(showing(await bodies(request, english), headline)).toEqual([]);
  const article = await request.get(`/ru/news/${id}-${await slug()}`);
  expect(article.status()).toBe(200);
  expect(await article.text()).toContain(headline);
  const wrongEdition = await request.get(`/news/${id}-${await slug()}`, { maxRedirects: 0 });
  expect(wrongEdition.status()).toBe(301);
  expect(wrongEdition.headers().location).toContain(`/ru/news/${id}-`);

  const edited = `Маяк в гавани светит снова ${run}`;
  await editor.getByLabel("Headline").fill(edited);
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  const afterEdit = await bodies(request, [...russian, `/ru/news/${id}-${await slug()}`]);
  expect(showing(afterEdit, edited)).toEqual(Object.keys(afterEdit));
  expect(showing(afterEdit, headline)).toEqual([]);

  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Unpublished");
  expect(showing(await bodies(request, russian), edited)).toEqual([]);
  expect((await request.get(`/ru/news/${id}-${await slug()}`)).status()).toBe(404);
});

test("a scheduled story appears on cached pages once the scheduler publishes it, with no manual action", async ({ browser, request }) => {
  const editor = await editorPage(browser);
  const headline = `Harbour cache night ferry sails ${run}`;
  const id = await writeDraft(editor, headline, "A story written to test the cache.");
  await editor.getByLabel(/Publish at/).fill(dateToZonedInput(new Date(Date.now() + 2 * 3_600_000), "Europe/London"));
  await editor.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Scheduled");
  const places = await placesOf(id);
  await bodies(request, places);
  expect(showing(await bodies(request, places), headline)).toEqual([]);

  // The schedule falls due (without telling the site's cache); the server's scheduler (2 s tick
  // in e2e) publishes it and expires the pages it shows on.
  await e2eQuery(`UPDATE "Article" SET "scheduledAt" = now() - interval '1 second' WHERE id = $1`, [id], { invalidate: false });
  await expect.poll(async () => showing(await bodies(request, places), headline).length, { timeout: 15_000 }).toBe(places.length);

  // Take it down again so later specs see the demo site.
  await editor.reload();
  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Unpublished");
});

test("/api/revalidate refuses a bad signature or body, and a request naming another worker with 421", async ({ request }) => {
  const secret = fs.readFileSync(E2E_SECRET_FILE, "utf8");
  const post = (body: string, signature = crypto.createHmac("sha256", secret).update(`revalidate:${body}`).digest("hex")) =>
    request.post("/api/revalidate", { headers: { "content-type": "application/json", "x-dateline-signature": signature }, data: Buffer.from(body) });
  expect((await post(JSON.stringify({ tags: ["site"] }), "0".repeat(64))).status()).toBe(403);
  for (const bad of ["{", JSON.stringify({ tags: "site" }), JSON.stringify({ tags: ["site"], to: 5 }), JSON.stringify({ tags: ["site"], to: "x".repeat(101) }), JSON.stringify({ tags: ["site"], to: "" })]) {
    expect((await post(bad)).status(), bad.slice(0, 40)).toBe(400);
  }
  // Meant for another worker sharing the port (WEB_WORKERS): refused, so the sender tries again.
  const misdirected = await post(JSON.stringify({ tags: ["site"], to: "another-worker" }));
  expect(misdirected.status()).toBe(421);
  expect(await misdirected.json()).toEqual({ error: "this request is for another worker" });
  expect((await post(JSON.stringify({ tags: ["site"] }))).status()).toBe(204);
});

test("a page answers a refresh whether this instance has applied a change, once its listener has", async ({ request }) => {
  // An announcement as another instance would send it (lib/cache-broadcast.ts), with a fresh id.
  const change = crypto.randomUUID();
  const ask = async (path: string, value: string = change) => {
    const response = await request.get(path, { headers: { "x-dateline-expect": value }, maxRedirects: 0 });
    expect(response.status(), path).toBeLessThan(500);
    return response.headers()["x-dateline-applied"];
  };
  for (const path of ["/", "/world", "/feed.xml", "/ru", "/about"]) expect(await ask(path), path).toBe("no");
  await e2eQuery(`SELECT pg_notify('dateline_cache_tags', $1)`, [JSON.stringify({ from: "e2e-other-instance", id: change, tags: ["about-e2e-marker"] })]);
  await expect.poll(() => ask("/"), { timeout: 10_000 }).toBe("yes");
  for (const path of ["/world", "/feed.xml", "/ru", "/news/1", "/no-such-page"]) expect(await ask(path), path).toBe("yes");
  // Not one of our ids, hostile or huge: "no", never an error.
  for (const bad of ["<script>alert(1)</script>", "' OR 1=1 --", change.toUpperCase(), "x".repeat(4000), "\u202egnp.exe"]) {
    expect(await ask("/", encodeURIComponent(bad)), bad.slice(0, 30)).toBe("no");
  }
  // A reader's request, without the question, gets no answer.
  expect((await request.get("/")).headers()["x-dateline-applied"]).toBeUndefined();
});
