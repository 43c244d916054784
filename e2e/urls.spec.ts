// URL hygiene: every other spelling of a public URL answers 301 (never 308) with the canonical
// Location in one hop; unknown paths are 404, never 200.
import { test, expect, type APIRequestContext } from "@playwright/test";
import { e2eQuery } from "./db";

const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/** 301 to `location` on this site (Next sends same-origin Locations as a path; absolute is fine too). */
async function expect301(request: APIRequestContext, path: string, location: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), path).toBe(301);
  const header = response.headers()["location"] ?? "";
  expect(header.startsWith("/") || header.startsWith(`${base}/`), `${path} → ${header}`).toBe(true);
  expect(new URL(header, base).toString(), path).toBe(`${base}${location}`);
}

async function liveArticle() {
  const [row] = await e2eQuery<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND "deletedAt" IS NULL ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  return row!;
}

test("an article's wrong, old, missing or bare slug answers 301 to /news/{id}-{slug}, keeping the query", async ({ request }) => {
  const { id, slug } = await liveArticle();
  const canonical = `/news/${id}-${slug}`;
  const oldSlug = `former-headline-${id}`;
  await e2eQuery(`INSERT INTO "SlugHistory" ("articleId", slug) VALUES ($1, $2)`, [id, oldSlug]);
  try {
    const ok = await request.get(canonical, { maxRedirects: 0 });
    expect(ok.status()).toBe(200);
    await expect301(request, `/news/${id}-not-the-slug`, canonical);
    await expect301(request, `/news/${id}`, canonical);
    await expect301(request, `/news/${id}-`, canonical);
    await expect301(request, `/news/${id}-${oldSlug}`, canonical);
    await expect301(request, `/news/${oldSlug}`, canonical);
    await expect301(request, `/news/${slug}`, canonical);
    await expect301(request, `/news/${id}-not-the-slug?utm_source=feed&x=%C3%A9`, `${canonical}?utm_source=feed&x=%C3%A9`);
    // Case, trailing slash and a stale slug together still take one hop.
    await expect301(request, `/NEWS/${id}-${oldSlug.toUpperCase()}/`, canonical);
    await expect301(request, `${canonical}/`, canonical);
    await expect301(request, `/News/${id}-${slug}`, canonical);
  } finally {
    await e2eQuery(`DELETE FROM "SlugHistory" WHERE slug = $1`, [oldSlug]);
  }
});

test("upper-case and trailing-slash spellings of public pages, feeds and sitemaps answer 301", async ({ request }) => {
  const [tag] = await e2eQuery<{ slug: string }>(`SELECT slug FROM "Tag" ORDER BY id LIMIT 1`);
  const cases: [string, string][] = [
    ["/World", "/world"],
    ["/world/", "/world"],
    ["/WORLD/?page=2", "/world?page=2"],
    [`/Tags/${tag!.slug}/`, `/tags/${tag!.slug}`],
    ["/Authors/Anna-Petrova", "/authors/anna-petrova"],
    ["/about/", "/about"],
    ["/About", "/about"],
    ["/Search?q=Harbour", "/search?q=Harbour"],
    ["/Feed.xml", "/feed.xml"],
    ["/world/Atom.XML", "/world/atom.xml"],
    ["/Sitemap.xml", "/sitemap.xml"],
    ["/Robots.txt", "/robots.txt"],
  ];
  for (const [path, location] of cases) await expect301(request, path, location);
  // The home page and canonical spellings answer 200 without any redirect.
  for (const path of ["/", "/?utm_source=x", "/world", "/about", "/feed.xml", "/robots.txt", "/sitemap.xml"]) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  }
});

test("paginated pages stay canonical to themselves", async ({ page }) => {
  // Enough older stories in World for a second page (20 a page); removed afterwards.
  const [section] = await e2eQuery<{ id: number }>(`SELECT id FROM "Section" WHERE slug = 'world'`);
  const rows = await e2eQuery<{ id: number }>(
    `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "sectionId", "updatedAt")
     SELECT 'Archive story ' || n, 'Standfirst', 'archive-story-' || n, '{"type":"doc","content":[]}', '', 'PUBLISHED', now() - interval '60 days' - n * interval '1 minute', $1, now() - interval '60 days'
     FROM generate_series(1, 25) AS n RETURNING id`,
    [section!.id],
  );
  try {
    const second = await page.goto("/world?page=2");
    expect(second!.status()).toBe(200);
    await expect(page.getByText("Page 2 of")).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/world?page=2`);
    await page.goto("/world");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/world`);
    const viaRedirect = await page.goto("/World/?page=2");
    expect(viaRedirect!.url()).toBe(`${base}/world?page=2`);
    expect((await viaRedirect!.request().redirectedFrom()?.response())?.status()).toBe(301);
  } finally {
    await e2eQuery(`DELETE FROM "Article" WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
  }
});

test("unknown paths and hidden stories answer 404, never 200 or a redirect that leaks a slug", async ({ request }) => {
  const [draft] = await e2eQuery<{ id: number; slug: string }>(`SELECT id, slug FROM "Article" a WHERE status <> 'PUBLISHED' AND EXISTS (SELECT 1 FROM "SlugHistory" h WHERE h."articleId" = a.id) ORDER BY id LIMIT 1`);
  const [oldSlugOfDraft] = await e2eQuery<{ slug: string }>(`SELECT slug FROM "SlugHistory" WHERE "articleId" = $1 LIMIT 1`, [draft!.id]);
  for (const path of [
    "/nope",
    "/world/nope",
    "/news",
    "/news/987654-no-such-story",
    "/news/no-such-story",
    "/news/%e0%a4%a",
    "/news/0-zero",
    `/news/${draft!.id}`,
    `/news/${draft!.id}-${draft!.slug}`,
    `/news/${oldSlugOfDraft!.slug}`,
    "/tags/no-such-tag",
    "/authors/no-such-author",
    "/world/feed.xml/extra",
  ]) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(404);
  }
  // A miscased unknown path is normalised first, then is a 404.
  await expect301(request, "/NOPE/", "/nope");
  expect((await request.get("/NOPE/")).status()).toBe(404);
});

test("a client navigation request with a router state Next cannot parse answers 400, never 500", async ({ request }) => {
  const { computeCacheBustingSearchParam } = await import("next/dist/shared/lib/router/utils/cache-busting-search-param.js");
  const [article] = await e2eQuery<{ id: number; slug: string }>(
    `SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' AND language = 'en' AND "publishedAt" <= now() AND "deletedAt" IS NULL ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  const tree = (value: unknown) => encodeURIComponent(JSON.stringify(value));
  // With the `_rsc` hash that matches the headers, as a browser's router computes it: without it
  // Next answers 307 to the right one before reading the tree.
  const navigate = async (path: string, state: string) => {
    const headers = { RSC: "1", "Next-Router-State-Tree": state, "Next-Url": "/" };
    const hash = await computeCacheBustingSearchParam(undefined, undefined, state, "/");
    return request.get(`${path}?_rsc=${hash}`, { headers, maxRedirects: 0 });
  };
  for (const path of ["/", "/world", "/about", "/search", "/ru", `/news/${article!.id}-${article!.slug}`]) {
    for (const state of ["%E0%A4%A", "not-json", encodeURIComponent("[1,2"), tree({ a: 1 }), tree(["", { children: 5 }]), tree("<script>alert(1)</script>")]) {
      const response = await navigate(path, state);
      expect(response.status(), `${path} ${state}`).toBe(400);
      expect(await response.text()).toContain("Next-Router-State-Tree header is malformed");
    }
    // A well-formed tree, hostile text in it included, is a navigation like any other.
    for (const state of [tree(["", { children: ["__PAGE__", {}] }, null, null]), tree(["'; DROP TABLE \"Article\"; --<script>", {}])]) {
      const response = await navigate(path, state);
      expect(response.status(), `${path} ${state}`).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/x-component");
    }
  }
});

test("a malformed %-escape is a 404 everywhere, APIs and uploads included, never a 500", async ({ request }) => {
  for (const path of ["/api/views/%E0%A4%A", "/api/presence/%", "/media/%E0%A4%A", "/media/ab/%C3%28.webp", "/%E0%A4%A.png", "/world/%E0%A4%A", "/news/%e0%a4%a"]) {
    for (const method of ["GET", "POST", "DELETE"] as const) {
      const response = await request.fetch(path, { method, maxRedirects: 0 });
      expect(response.status(), `${method} ${path}`).toBe(404);
    }
  }
});
