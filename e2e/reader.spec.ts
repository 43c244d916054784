// The first reader path: home lists seeded stories, a story opens, unknown and unpublished ones 404.
import { test, expect } from "@playwright/test";
import { expectNoSeriousA11y } from "./kit";

test("home page lists the latest published stories", async ({ page }) => {
  const response = await page.goto("/");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("link", { name: "Dateline", exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Sections", exact: true }).getByRole("link", { name: "World" })).toBeVisible();
  const stories = page.getByTestId("latest-list").getByRole("article");
  expect(await stories.count()).toBeGreaterThanOrEqual(10);
  await page.screenshot({ path: "screenshots/home.png", fullPage: false });
});

test("clicking a story opens its article page", async ({ page }) => {
  await page.goto("/");
  const link = page.getByTestId("latest-list").getByRole("article").first().getByRole("heading").getByRole("link");
  const headline = (await link.textContent())?.trim() ?? "";
  expect(headline.length).toBeGreaterThan(10);
  await link.click();
  await expect(page).toHaveURL(/\/news\/\d+-[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(page.locator("article time").first()).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.locator(".article-body p").first()).toBeVisible();
  const lead = page.locator("article figure img").first();
  await expect(lead).toHaveJSProperty("complete", true);
  expect(await lead.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: "screenshots/article.png", fullPage: true });
});

test("an unknown article answers 404 with the site's not-found page", async ({ page }) => {
  const response = await page.goto("/news/999999-no-such-story");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  for (const path of ["/news/abc", "/news/0-zero", "/news/99999999999-too-big", "/no/such/page"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
});

test("a wrong slug with the right id redirects to the canonical URL", async ({ page, request }) => {
  await page.goto("/");
  const href = await page.getByTestId("latest-list").getByRole("article").first().getByRole("heading").getByRole("link").getAttribute("href");
  const id = /\/news\/(\d+)-/.exec(href ?? "")?.[1];
  expect(id).toBeTruthy();
  const response = await request.get(`/news/${id}-wrong-slug`, { maxRedirects: 0 });
  expect(response.status()).toBe(301); // proxy.ts; see docs/SEO.md
  expect(response.headers()["location"]).toBe(href);
});

test("home and article pages have no serious accessibility violations", async ({ page }) => {
  for (const path of ["/"]) {
    await page.goto(path);
    await expectNoSeriousA11y(page);
  }
  await page.getByTestId("latest-list").getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expectNoSeriousA11y(page);
});

test("drafts, stories in review and scheduled stories answer 404", async ({ page }) => {
  const pg = (await import("pg")).default;
  const url = new URL(process.env.DATELINE_TEST_PG ?? "");
  url.pathname = "/dateline_e2e";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const { rows } = await client.query<{ id: number; slug: string; status: string }>(
    `SELECT id, slug, status FROM "Article" WHERE status <> 'PUBLISHED' ORDER BY id`,
  );
  await client.end();
  expect([...new Set(rows.map((r) => r.status))]).toEqual(expect.arrayContaining(["DRAFT", "IN_REVIEW", "SCHEDULED"]));
  for (const row of rows) {
    expect((await page.goto(`/news/${row.id}-${row.slug}`))?.status(), `${row.status} ${row.id}`).toBe(404);
  }
});
