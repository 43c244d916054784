// Reader pages prefetch on intent, not on sight (components/site/intent-prefetch.tsx): every reader
// page is rendered on request, so a page view must not send the server one request per link in
// view. The reader's pointer or keyboard on a link prefetches that link.
import { test, expect, type Page } from "@playwright/test";

/** The router's requests (RSC payloads and prefetches) the page sends from now on. */
function routerRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (request.headers()["rsc"] || url.searchParams.has("_rsc")) seen.push(url.pathname + url.search);
  });
  return seen;
}

async function settle(page: Page) {
  await page.waitForLoadState("networkidle");
  // Next schedules viewport prefetches after hydration, when the browser is idle.
  await page.waitForTimeout(1500);
}

test("reading pages sends no prefetches until the reader reaches for a link", async ({ page }) => {
  await page.setViewportSize({ width: 1350, height: 940 });
  const seen = routerRequests(page);
  for (const path of ["/", "/world"]) {
    await page.goto(path);
    await settle(page);
  }
  const story = page.getByTestId("story-list").getByRole("article").first().getByRole("heading").getByRole("link");
  const href = (await story.getAttribute("href"))!;
  await page.goto(href);
  await settle(page);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await settle(page);
  // Dozens of links were in view (masthead, sections, tags, related stories, footer).
  expect(await page.getByRole("link").count()).toBeGreaterThan(20);
  expect(seen, "router requests before any intent").toEqual([]);

  // Pointing at a link prefetches that link, and only it.
  await page.evaluate(() => window.scrollTo(0, 0));
  const section = page.getByRole("navigation", { name: "Sections", exact: true }).getByRole("link", { name: "Business" });
  await section.hover();
  await expect.poll(() => seen.filter((u) => u.startsWith("/business?")).length).toBeGreaterThan(0);
  expect(seen.every((u) => u.startsWith("/business?")), seen.join("\n")).toBe(true);

  // So does reaching it with the keyboard.
  const tags = page.getByRole("navigation", { name: "Tags" }).getByRole("link").first();
  const tagHref = (await tags.getAttribute("href"))!;
  await tags.focus();
  await expect.poll(() => seen.filter((u) => u.startsWith(`${tagHref}?`)).length).toBeGreaterThan(0);

  // And a click still navigates within the page's scripts, without a full load.
  await page.evaluate(() => ((window as unknown as { datelineMarker: boolean }).datelineMarker = true));
  await section.click();
  await expect(page).toHaveURL(/\/business$/);
  await expect(page.getByRole("heading", { level: 1, name: "Business" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { datelineMarker?: boolean }).datelineMarker)).toBe(true);
});
