// The reader site: section, tag, author and search pages, chrome, bad input, accessibility, looks.
import { test, expect } from "@playwright/test";
import { e2eQuery } from "./db";
import { expectNoSeriousA11y } from "./kit";

test("a section front shows its stories, topics and a lead", async ({ page }) => {
  expect((await page.goto("/world"))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "World" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Lead story" })).toBeVisible();
  expect(await page.getByTestId("story-list").getByRole("article").count()).toBeGreaterThanOrEqual(5);
  await expect(page.getByRole("navigation", { name: "World topics" }).getByRole("link").first()).toBeVisible();
  await expect(page).toHaveTitle(/World \| Dateline/);
  await expectNoSeriousA11y(page);
});

test("bad sections and page numbers answer 404, never 500", async ({ page }) => {
  for (const path of ["/no-such-section", "/world?page=0", "/world?page=-1", "/world?page=abc", "/world?page=1.5", "/world?page=999", "/world?page=99999999999", "/tags/no-such-tag", "/authors/no-such-person", "/authors/reader", "/tags/%3Cscript%3E", "/world?page=2&page=3"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.goto("/world?page=1"))?.status()).toBe(200);
});

test("tags and bylines lead to tag and author pages", async ({ page }) => {
  await page.goto("/world");
  await page.getByTestId("story-list").getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/news\/\d+-/);
  const headline = (await page.getByRole("heading", { level: 1 }).textContent()) ?? "";
  expect(headline.length).toBeGreaterThan(10);
  const tag = page.getByRole("navigation", { name: "Tags" }).getByRole("link").first();
  const tagName = (await tag.textContent()) ?? "";
  await tag.click();
  await expect(page.getByRole("heading", { level: 1, name: tagName })).toBeVisible();
  await expect(page.getByRole("link", { name: headline })).toBeVisible();
  await expectNoSeriousA11y(page);

  await page.getByRole("link", { name: headline }).first().click();
  await expect(page).toHaveURL(/\/news\/\d+-/);
  await page.getByText("By ").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/authors\/[a-z-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("img").first()).toHaveAttribute("alt", /Portrait of/);
  expect(await page.getByTestId("story-list").getByRole("article").count()).toBeGreaterThan(0);
  await expectNoSeriousA11y(page);
});

test("search from the header finds stories and highlights the words", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search stories" }).fill("ceasefire");
  await page.getByRole("button", { name: "Go" }).click();
  await expect(page).toHaveURL(/\/search\?q=ceasefire/);
  const results = page.getByTestId("search-results").getByRole("listitem");
  expect(await results.count()).toBeGreaterThan(0);
  await expect(results.first().locator("mark").first()).toBeVisible();
  await expect(page.getByRole("status").first()).toContainText(/result/);
  await expectNoSeriousA11y(page);

  await page.getByRole("combobox", { name: "Section", exact: true }).selectOption("sport");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/section=sport/);
  await expect(page.getByRole("heading", { name: /No results for “ceasefire”/ })).toBeVisible();
});

test("search states: empty, no results, bad dates and hostile queries", async ({ page }) => {
  await page.goto("/search");
  await expect(page.getByText("Type a word or phrase")).toBeVisible();
  await page.goto("/search?q=zzzxqqqnothing");
  await expect(page.getByRole("heading", { name: /No results/ })).toBeVisible();
  await page.goto("/search?q=harbour&from=2026-13-45&to=yesterday");
  await expect(page.getByText("A date was not understood")).toBeVisible();
  const hostile = ["!!!", "&|!():*", "'; DROP TABLE \"Article\"; --", '"open quote', "<script>alert(1)</script>", "🚢🌊", "гавань harbour 港", "a".repeat(2000), "%00%01"];
  for (const q of hostile) {
    const response = await page.goto(`/search?q=${encodeURIComponent(q)}`);
    expect(response?.status(), q.slice(0, 20)).toBe(200);
  }
  expect((await page.goto("/search?q=harbour&page=0"))?.status()).toBe(404);
  expect((await page.goto("/search?q=harbour&page=500"))?.status()).toBe(200);
  expect((await page.goto("/search?q=harbour&sort=sideways&section=%3Cb%3E"))?.status()).toBe(200);
  const rows = await e2eQuery<{ n: string }>(`SELECT count(*) AS n FROM "Article"`);
  expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(90);
});

test("unpublished stories are invisible in lists and search", async ({ page }) => {
  // Every spec that takes a story down adds one to check: allow for the growing list.
  test.slow();
  const hidden = await e2eQuery<{ headline: string; language: string }>(`SELECT headline, language FROM "Article" WHERE status <> 'PUBLISHED'`);
  expect(hidden.length).toBeGreaterThan(0);
  const fronts = ["/", "/world", "/business", "/sport", "/science-tech", "/culture", "/opinion", "/travel", "/health", "/russia"];
  for (const path of [...fronts, ...fronts.map((p) => (p === "/" ? "/ru" : `/ru${p}`))]) {
    await page.goto(path);
    const text = await page.locator("main").innerText();
    for (const { headline } of hidden) expect(text, `${path} shows "${headline}"`).not.toContain(headline);
  }
  for (const { headline, language } of hidden) {
    const words = headline.split(/\s+/).filter((w) => w.length > 5).slice(0, 3).join(" ");
    await page.goto(`${language === "ru" ? "/ru" : ""}/search?q=${encodeURIComponent(words)}`);
    await expect(page.getByRole("link", { name: headline })).toHaveCount(0);
  }
});

test("text that looks like HTML is shown as text, never run", async ({ page }) => {
  const [section] = await e2eQuery<{ id: number }>(`SELECT id FROM "Section" WHERE slug = 'world'`);
  const body = { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "<img src=x onerror=\"window.__pwned=1\"> and <b>bold</b>" }, { type: "text", text: " a link", marks: [{ type: "link", attrs: { href: "javascript:window.__pwned=2" } }] }] }, { type: "rawHtml", html: "<script>window.__pwned=3</script>" }] };
  const [row] = await e2eQuery<{ id: number }>(
    `INSERT INTO "Article" (headline, standfirst, slug, body, "bodyText", status, "publishedAt", "sectionId", "updatedAt")
     VALUES ($1, $2, 'hostile-test', $3, 'x', 'PUBLISHED', now() - interval '1 minute', $4, now()) RETURNING id`,
    ["<script>window.__pwned=4</script> Hostile headline", "<i>standfirst</i>", JSON.stringify(body), section!.id],
  );
  await page.goto(`/news/${row!.id}-hostile-test`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("<script>window.__pwned=4</script> Hostile headline");
  await expect(page.getByText('<img src=x onerror="window.__pwned=1"> and <b>bold</b>')).toBeVisible();
  await expect(page.locator(".article-body a")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await e2eQuery(`DELETE FROM "Article" WHERE id = $1`, [row!.id]);
});

test("reading an article counts one view for most read", async ({ page, request }) => {
  await page.goto("/");
  const link = page.getByTestId("latest-list").getByRole("link").first();
  const href = (await link.getAttribute("href")) ?? "";
  const articleId = Number(/\/news\/(\d+)-/.exec(href)?.[1]);
  const before = await e2eQuery<{ v: number }>(`SELECT coalesce(sum(views), 0)::int AS v FROM "PageView" WHERE "articleId" = $1`, [articleId]);
  const beacon = page.waitForRequest((r) => r.url().endsWith(`/api/views/${articleId}`) && r.method() === "POST");
  await link.click();
  await beacon;
  await expect.poll(async () => (await e2eQuery<{ v: number }>(`SELECT coalesce(sum(views), 0)::int AS v FROM "PageView" WHERE "articleId" = $1`, [articleId]))[0]!.v).toBe(before[0]!.v + 1);
  for (const bad of ["abc", "0", "-1", "99999999", "1-slug", "1e3"]) {
    expect((await request.post(`/api/views/${bad}`)).status(), bad).toBe(404);
  }
  const [draft] = await e2eQuery<{ id: number }>(`SELECT id FROM "Article" WHERE status = 'DRAFT' LIMIT 1`);
  expect((await request.post(`/api/views/${draft!.id}`)).status()).toBe(404);
  expect((await request.get(`/api/views/${articleId}`)).status()).toBe(405);
});

test("the share bar links to each network with the canonical URL", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("latest-list").getByRole("link").first().click();
  const share = page.getByRole("navigation", { name: "Share this story" });
  for (const name of ["Facebook", "X", "VK", "OK", "Telegram", "WhatsApp", "Email"]) await expect(share.getByRole("link", { name: new RegExp(`^${name}`) })).toBeVisible();
  const path = new URL(page.url()).pathname;
  expect(await share.getByRole("link", { name: /^Telegram/ }).getAttribute("href")).toContain(encodeURIComponent(path));
});

test("dark mode toggles, is remembered, and still passes accessibility checks", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await page.getByRole("button", { name: "Dark mode" }).click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(page.getByRole("button", { name: "Dark mode" })).toHaveAttribute("aria-pressed", "true");
  await page.screenshot({ path: "screenshots/home-dark.png" });
  await expectNoSeriousA11y(page);
});

test("the site follows a dark system setting when the reader has not chosen", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await context.close();
});

test("on a phone the menu opens the sections; screenshots at 390 and 1440 px", async ({ browser }) => {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await phone.newPage();
  await page.goto("/");
  await page.screenshot({ path: "screenshots/home-390.png" });
  await page.getByText("Menu", { exact: true }).click();
  await page.getByRole("navigation", { name: "Sections menu" }).getByRole("link", { name: "Sport" }).click();
  await expect(page).toHaveURL(/\/sport$/);
  await page.getByTestId("story-list").getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, "no horizontal scrolling").toBeLessThanOrEqual(390);
  await page.screenshot({ path: "screenshots/article-390.png", fullPage: true });
  await phone.close();

  const desktop = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const wide = await desktop.newPage();
  await wide.goto("/");
  // Lazy images load as they scroll into view; scroll through so the full-page picture is complete.
  for (let y = 0; y < 4000; y += 600) await wide.mouse.wheel(0, 600);
  await wide.waitForFunction(() => [...document.images].every((img) => img.complete));
  await wide.screenshot({ path: "screenshots/home-1440.png", fullPage: true });
  await desktop.close();
});

test("reading and searching work with JavaScript disabled", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/");
  await page.getByTestId("latest-list").getByRole("link").first().click();
  await expect(page.locator(".article-body p").first()).toBeVisible();
  await page.goto("/search?q=election");
  expect(await page.getByTestId("search-results").getByRole("listitem").count()).toBeGreaterThan(0);
  await context.close();
});
