// Sitemaps: an index over chunked article sitemaps (lastmod and images), Google News, taxonomies.
import { test, expect } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { e2eQuery } from "./db";

const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "sitemap", "image:image"].includes(name) });

async function xml(request: import("@playwright/test").APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/xml");
  return parser.parse(await response.text());
}

test("the sitemap index lists every article exactly once across chunks, with lastmod and images", async ({ request }) => {
  const index = await xml(request, "/sitemap.xml");
  const sitemaps: { loc: string; lastmod?: string }[] = index.sitemapindex.sitemap;
  const chunks = sitemaps.filter((s) => /\/sitemaps\/articles-\d+\.xml$/.test(s.loc));
  expect(chunks.length, "the e2e server uses 25 ids per chunk").toBeGreaterThanOrEqual(3);
  for (const name of ["pages", "sections", "tags", "authors", "news"]) expect(sitemaps.map((s) => s.loc)).toContain(`${base}/sitemaps/${name}.xml`);
  const seen: string[] = [];
  for (const chunk of chunks) {
    expect(new Date(chunk.lastmod!).getTime()).not.toBeNaN();
    const set = await xml(request, new URL(chunk.loc).pathname);
    const urls: { loc: string; lastmod: string; "image:image"?: { "image:loc": string }[] }[] = set.urlset.url;
    expect(urls.length).toBeLessThanOrEqual(25);
    for (const u of urls) {
      expect(u.loc).toMatch(new RegExp(`^${base}(/ru)?/news/\\d+-[a-z0-9-]+$`));
      expect(new Date(u.lastmod).getTime()).not.toBeNaN();
      expect(u["image:image"]?.[0]?.["image:loc"]).toMatch(new RegExp(`^${base}/demo/`));
      seen.push(u.loc);
    }
  }
  const live = await e2eQuery<{ id: number; slug: string; language: string }>(`SELECT id, slug, language FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND "deletedAt" IS NULL`);
  expect(new Set(seen).size).toBe(seen.length);
  // Each story at its edition's URL (Russian ones under /ru).
  expect(seen.sort()).toEqual(live.map((a) => `${base}${a.language === "ru" ? "/ru" : ""}/news/${a.id}-${a.slug}`).sort());
});

test("the Google News sitemap lists only the last 48 hours with publication details", async ({ request }) => {
  const set = await xml(request, "/sitemaps/news.xml");
  const urls = set.urlset.url as { loc: string; "news:news": { "news:publication": { "news:name": string; "news:language": string }; "news:publication_date": string; "news:title": string } }[];
  const recent = await e2eQuery<{ n: string }>(`SELECT count(*) AS n FROM "Article" WHERE status = 'PUBLISHED' AND "publishedAt" <= now() AND "publishedAt" >= now() - interval '48 hours' AND "deletedAt" IS NULL`);
  expect(urls.length).toBe(Number(recent[0]!.n));
  expect(urls.length).toBeGreaterThan(0);
  const languages = new Map((await e2eQuery<{ id: number; language: string }>(`SELECT id, language FROM "Article"`)).map((r) => [r.id, r.language]));
  for (const u of urls) {
    const language = languages.get(Number(/\/news\/(\d+)-/.exec(u.loc)![1]));
    expect(["en", "ru"]).toContain(language);
    expect(u.loc.includes("/ru/news/")).toBe(language === "ru");
    expect(u["news:news"]["news:publication"]).toEqual({ "news:name": "Dateline", "news:language": language });
    expect(Date.now() - new Date(u["news:news"]["news:publication_date"]).getTime()).toBeLessThanOrEqual(48 * 3_600_000 + 60_000);
    expect(u["news:news"]["news:title"]).toBeTruthy();
  }
});

test("section, tag, author and page sitemaps; robots.txt lists the sitemaps; bad names 404", async ({ request }) => {
  const sections = (await xml(request, "/sitemaps/sections.xml")).urlset.url as { loc: string }[];
  expect(sections.map((u) => u.loc)).toContain(`${base}/world`);
  expect(((await xml(request, "/sitemaps/tags.xml")).urlset.url as unknown[]).length).toBeGreaterThan(20);
  expect(((await xml(request, "/sitemaps/authors.xml")).urlset.url as { loc: string }[]).map((u) => u.loc)).toContain(`${base}/authors/anna-petrova`);
  expect(((await xml(request, "/sitemaps/pages.xml")).urlset.url as { loc: string }[]).map((u) => u.loc)).toContain(`${base}/`);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${base}/sitemap.xml`);
  expect(robots).toContain(`Sitemap: ${base}/sitemaps/news.xml`);
  for (const bad of ["articles-0.xml", "articles-999.xml", "articles-1e3.xml", "nope.xml", "..%2Fsitemap.xml", "articles-99999999.xml"]) {
    expect((await request.get(`/sitemaps/${bad}`)).status(), bad).toBe(404);
  }
});
