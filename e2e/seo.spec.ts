// Feeds parsed by a real feed parser (full text on the e2e server), JSON-LD, Open Graph with
// generated cards, canonical URLs and robots.txt.
import { test, expect } from "@playwright/test";
import fs from "node:fs";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser } from "fast-xml-parser";
import sharp from "sharp";
import { e2eQuery } from "./db";

const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

test("the site RSS and Atom feeds parse, list live stories with stable ids and images", async ({ request }) => {
  const hidden = (await e2eQuery<{ headline: string }>(`SELECT headline FROM "Article" WHERE status <> 'PUBLISHED'`)).map((r) => r.headline);
  for (const [path, type] of [["/feed.xml", "application/rss+xml"], ["/atom.xml", "application/atom+xml"]] as const) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"]).toContain(type);
    const feed = parseFeed(await response.text());
    expect(feed.title).toBe("Dateline");
    expect(feed.items.length).toBe(50);
    let previous = Infinity;
    for (const item of feed.items) {
      expect(item.title, path).toBeTruthy();
      expect(hidden).not.toContain(item.title);
      expect(item.url).toMatch(new RegExp(`^${base}/news/\\d+-[a-z0-9-]+$`));
      expect(item.id).toMatch(/^urn:dateline:article:\d+$/);
      expect(item.id!.split(":").at(-1)).toBe(/\/news\/(\d+)-/.exec(item.url!)![1]);
      expect(item.published?.getTime()).toBeLessThanOrEqual(previous);
      previous = item.published!.getTime();
      expect(item.description).toBeTruthy();
      expect(item.media.some((m) => m.url?.startsWith(`${base}/demo/`) && m.mimeType === "image/jpeg")).toBe(true);
      expect(item.authors.length).toBeGreaterThan(0);
    }
  }
});

test("section, tag and author feeds parse; unknown ones are 404", async ({ request }) => {
  const [tag] = await e2eQuery<{ slug: string }>(`SELECT t.slug FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t.id GROUP BY t.slug ORDER BY count(*) DESC LIMIT 1`);
  for (const path of ["/world/feed.xml", "/world/atom.xml", `/tags/${tag!.slug}/feed.xml`, `/tags/${tag!.slug}/atom.xml`, "/authors/anna-petrova/feed.xml", "/authors/anna-petrova/atom.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const feed = parseFeed(await response.text());
    expect(feed.items.length, path).toBeGreaterThan(0);
  }
  for (const path of ["/nope/feed.xml", "/tags/nope/atom.xml", "/authors/reader/feed.xml", "/authors/%3Cx%3E/feed.xml"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("feeds answer 304 to a matching ETag or If-Modified-Since", async ({ request }) => {
  const first = await request.get("/feed.xml");
  const etag = first.headers()["etag"]!;
  const lastModified = first.headers()["last-modified"]!;
  expect(etag).toMatch(/^".+"$/);
  expect(new Date(lastModified).getTime()).not.toBeNaN();
  expect((await request.get("/feed.xml", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  expect((await request.get("/feed.xml", { headers: { "If-Modified-Since": lastModified } })).status()).toBe(304);
  expect((await request.get("/feed.xml", { headers: { "If-None-Match": '"stale"' } })).status()).toBe(200);
  expect((await request.get("/feed.xml", { headers: { "If-Modified-Since": "garbage" } })).status()).toBe(200);
});

test("hostile text is escaped in feeds and JSON-LD, and survives intact", async ({ request, page }) => {
  const headline = `</script><b>Bold & "quoted"</b> ]]> \u0001 <![CDATA[ x`;
  const [section] = await e2eQuery<{ id: number }>(`SELECT id FROM "Section" WHERE slug = 'world'`);
  const [row] = await e2eQuery<{ id: number }>(
    `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "sectionId", "updatedAt")
     VALUES ($1, $2, 'hostile-feed', '{"type":"doc","content":[]}', '', 'PUBLISHED', now(), $3, now()) RETURNING id`,
    [headline, "<script>alert(1)</script>", section!.id],
  );
  try {
    const feed = parseFeed(await (await request.get("/feed.xml")).text());
    expect(feed.items[0]!.title).toBe(headline.replace("\u0001", ""));
    const atom = parseFeed(await (await request.get("/atom.xml")).text());
    expect(atom.items[0]!.description).toBe("<script>alert(1)</script>");
    await page.goto(`/news/${row!.id}-hostile-feed`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld["@graph"][0].headline).toBe(headline.slice(0, 110));
    expect(await page.evaluate(() => document.querySelectorAll("b").length)).toBe(0);
  } finally {
    await e2eQuery(`DELETE FROM "Article" WHERE id = $1`, [row!.id]);
  }
});

test("an article carries NewsArticle and BreadcrumbList JSON-LD, Open Graph and an absolute canonical URL", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("latest-list").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/news\/\d+-/);
  const url = page.url();
  // A client-side navigation: Next swaps the head's metadata a moment after the URL changes, so
  // for that moment the home page's canonical is still there beside the article's. Once settled
  // there must be exactly one.
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const [article, breadcrumbs] = ld["@graph"];
  expect(article["@type"]).toBe("NewsArticle");
  expect(article.mainEntityOfPage["@id"]).toBe(url);
  expect(new Date(article.datePublished).getTime()).not.toBeNaN();
  expect(new Date(article.dateModified).getTime()).toBeGreaterThanOrEqual(new Date(article.datePublished).getTime());
  expect(article.author[0]).toMatchObject({ "@type": "Person", url: expect.stringMatching(/\/authors\//) });
  expect(article.publisher.logo.url).toBe(`${base}/logo.png`);
  expect(article.image[0].url).toMatch(/^http:\/\/localhost:\d+\/demo\/.+\.jpg$/);
  expect(article.image[0].width).toBeGreaterThanOrEqual(1200);
  expect(article.isAccessibleForFree).toBe(true);
  expect(breadcrumbs["@type"]).toBe("BreadcrumbList");
  expect(breadcrumbs.itemListElement).toHaveLength(3);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute("content", /^http:\/\/localhost:\d+\/demo\//);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  expect((await page.request.get("/logo.png")).status()).toBe(200);
});

test("the home page has WebSite + SearchAction JSON-LD and feed autodiscovery; robots.txt guards private areas", async ({ page, request }) => {
  await page.goto("/");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  const website = ld["@graph"].find((n: { "@type": string }) => n["@type"] === "WebSite");
  expect(website.potentialAction.target.urlTemplate).toBe(`${base}/search?q={search_term_string}`);
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", `${base}/feed.xml`);
  await page.goto("/world");
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", `${base}/world/atom.xml`);
  const robots = await (await request.get("/robots.txt")).text();
  for (const rule of ["Allow: /", "Disallow: /newsroom", "Disallow: /api/", "Disallow: /search"]) expect(robots).toContain(rule);
  await page.goto("/search?q=harbour");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});

test("section and tag pages carry CollectionPage JSON-LD; author pages ProfilePage", async ({ page }) => {
  await page.goto("/world");
  const section = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(section["@type"]).toBe("CollectionPage");
  expect(section.url).toBe(`${base}/world`);
  expect(section.mainEntity.itemListElement.length).toBeGreaterThan(3);
  expect(section.mainEntity.itemListElement[0].url).toMatch(new RegExp(`^${base}/news/\\d+-`));
  await page.getByRole("navigation", { name: "World topics" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/tags\//);
  const tag = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(tag["@type"]).toBe("CollectionPage");
  await page.goto("/authors/anna-petrova");
  const profile = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(profile["@type"]).toBe("ProfilePage");
  expect(profile.mainEntity).toMatchObject({ "@type": "Person", name: "Anna Petrova", url: `${base}/authors/anna-petrova` });
  expect(profile.mainEntity.image).toBe(`${base}/demo/author-anna-petrova.jpg`);
});

test("a story without a lead image gets a generated 1200×630 Open Graph card; sections get one too", async ({ page, request }) => {
  const [section] = await e2eQuery<{ id: number }>(`SELECT id FROM "Section" WHERE slug = 'world'`);
  const headline = `Harbour </script><img src=x onerror=alert(1)> reopens 🚢`;
  const [row] = await e2eQuery<{ id: number }>(
    `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "sectionId", "updatedAt")
     VALUES ($1, 'Standfirst', 'no-picture', '{"type":"doc","content":[]}', '', 'PUBLISHED', now() - interval '1 minute', $2, now()) RETURNING id`,
    [headline, section!.id],
  );
  try {
    await page.goto(`/news/${row!.id}-no-picture`);
    const og = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(og).toMatch(new RegExp(`^${base}/og/news/${row!.id}\\.png\\?v=\\d+$`));
    await expect(page.locator('meta[property="og:image:width"]').first()).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[property="og:image:height"]').first()).toHaveAttribute("content", "630");
    await expect(page.locator('meta[name="twitter:image"]').first()).toHaveAttribute("content", og!);
    const png = await request.get(new URL(og!).pathname + new URL(og!).search);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const meta = await sharp(await png.body()).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(["png", 1200, 630]);
    fs.mkdirSync("screenshots", { recursive: true });
    fs.writeFileSync("screenshots/og-article.png", await png.body());

    await page.goto("/world");
    const sectionOg = await page.locator('meta[property="og:image"]').first().getAttribute("content");
    expect(sectionOg).toBe(`${base}/og/sections/world.png`);
    await expect(page.locator('meta[name="twitter:image"]').first()).toHaveAttribute("content", sectionOg!);
    const sectionPng = await request.get("/og/sections/world.png");
    expect(sectionPng.headers()["content-type"]).toBe("image/png");
    const sectionMeta = await sharp(await sectionPng.body()).metadata();
    expect([sectionMeta.width, sectionMeta.height]).toEqual([1200, 630]);
  } finally {
    await e2eQuery(`DELETE FROM "Article" WHERE id = $1`, [row!.id]);
  }
  const [draft] = await e2eQuery<{ id: number }>(`SELECT id FROM "Article" WHERE status <> 'PUBLISHED' LIMIT 1`);
  for (const path of [`/og/news/${row!.id}.png`, `/og/news/${draft!.id}.png`, "/og/news/abc.png", "/og/news/1", "/og/sections/nope.png", "/og/sections/World.png"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("full-text feeds (FEED_FULL_TEXT=true on the e2e server) carry bodies as safe HTML", async ({ request }) => {
  const [section] = await e2eQuery<{ id: number }>(`SELECT id FROM "Section" WHERE slug = 'world'`);
  const body = {
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: `Quay </script><img src=x onerror="alert(1)"> ]]> reopened.` }] },
      { type: "html", content: "<script>alert(2)</script>" },
      { type: "paragraph", content: [{ type: "text", text: "link", marks: [{ type: "link", attrs: { href: "javascript:alert(3)" } }] }] },
      { type: "image", attrs: { src: "/demo/world-1.jpg", alt: "The quay", width: 1600, height: 900 } },
    ],
  };
  const [row] = await e2eQuery<{ id: number }>(
    `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "sectionId", "updatedAt")
     VALUES ('Quay reopens', 'Standfirst', 'quay-reopens', $1, '', 'PUBLISHED', now(), $2, now()) RETURNING id`,
    [JSON.stringify(body), section!.id],
  );
  const expected = `<p>Quay &lt;/script&gt;&lt;img src=x onerror=&quot;alert(1)&quot;&gt; ]]&gt; reopened.</p><p>link</p><figure><img src="${base}/demo/world-1.jpg" alt="The quay" width="1600" height="900"/></figure>`;
  const plain = new XMLParser({ ignoreAttributes: false, htmlEntities: false, parseTagValue: false });
  try {
    const rss = await (await request.get("/feed.xml")).text();
    const atom = await (await request.get("/atom.xml")).text();
    const rssItem = parseFeed(rss).items[0]!;
    const atomItem = parseFeed(atom).items[0]!;
    expect([rssItem.title, atomItem.title]).toEqual(["Quay reopens", "Quay reopens"]);
    expect(rssItem.description).toBe("Standfirst");
    // feed-parser decodes entities twice, so the exact HTML is read with a plain XML parser.
    expect(plain.parse(rss).rss.channel.item[0]["content:encoded"]).toBe(expected);
    expect(plain.parse(atom).feed.entry[0].content["#text"]).toBe(expected);
    expect(plain.parse(atom).feed.entry[0].content["@_type"]).toBe("html");
    // Demo stories carry their whole body, media as links back to the story.
    const demo = parseFeed(rss).items.slice(1);
    expect(demo.every((item) => (item.content ?? "").startsWith("<p>") && (item.content ?? "").length > (item.description ?? "").length)).toBe(true);
  } finally {
    await e2eQuery(`DELETE FROM "Article" WHERE id = $1`, [row!.id]);
  }
});
