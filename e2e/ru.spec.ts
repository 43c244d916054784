// The Russian edition under /ru: only Russian stories, <html lang="ru">, Russian chrome and
// datelines, the language switch both ways, hreflang and canonical URLs, 301s between editions,
// Russian search with stemming, a Russian 404, feeds and sitemaps, accessibility and screenshots.
import { test, expect, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { parseFeed } from "@rowanmanning/feed-parser";
import { e2eQuery } from "./db";
import { as, closeSessions } from "./sessions";

const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;
// Next writes the root URL without its slash; either spelling is the same URL.
const homeUrl = new RegExp(`^${base}/?$`);
const RU_DATE = /^\d{1,2} (января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря) \d{4}, \d{2}:\d{2}$/;

test.afterEach(closeSessions);

async function seriousViolations(page: Page): Promise<string[]> {
  const axe = await new AxeBuilder({ page }).analyze();
  return axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`);
}

/** A live story of an edition, newest first. */
async function liveStory(language: "en" | "ru", where = "TRUE") {
  const [row] = await e2eQuery<{ id: number; slug: string; headline: string }>(
    `SELECT id, slug, headline FROM "Article" WHERE language = $1 AND status = 'PUBLISHED' AND "publishedAt" <= now() AND "deletedAt" IS NULL AND (${where}) ORDER BY "publishedAt" DESC LIMIT 1`,
    [language],
  );
  return row!;
}

test("the Russian home page: lang=ru, only Russian stories, Russian chrome, hreflang and canonical", async ({ page }) => {
  const response = await page.goto("/ru");
  expect(response?.status()).toBe(200);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page).toHaveTitle("Dateline: новости со всего мира");
  const links = await page.locator("main a[href*='/news/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(links.length).toBeGreaterThan(10);
  expect(links.filter((href) => !href!.startsWith("/ru/news/")), "English stories on the Russian home").toEqual([]);
  const ruIds = (await e2eQuery<{ id: number }>(`SELECT id FROM "Article" WHERE language = 'ru'`)).map((r) => r.id);
  for (const href of links) expect(ruIds).toContain(Number(/\/news\/(\d+)-/.exec(href!)![1]));
  await expect(page.getByRole("heading", { name: "Последние новости", exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Самое читаемое", exact: true })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Разделы", exact: true }).getByRole("link", { name: "В мире" })).toHaveAttribute("href", "/ru/world");
  await expect(page.getByRole("button", { name: "Найти" }).first()).toBeAttached();
  await expect(page.getByRole("contentinfo")).toContainText("Новостное издание с открытым исходным кодом");
  // SEO: canonical, hreflang for both editions and x-default, Open Graph locale, JSON-LD language.
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/ru`);
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute("href", `${base}/ru`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", homeUrl);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", homeUrl);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ru_RU");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", `${base}/ru/feed.xml`);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
  expect(jsonLd["@graph"].find((n: { "@type": string }) => n["@type"] === "WebSite").inLanguage).toBe("ru");

  // The English home has none of the Russian stories, and its own hreflang set.
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const english = await page.locator("main a[href*='/news/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(english.filter((href) => href!.startsWith("/ru/"))).toEqual([]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", homeUrl);
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute("href", `${base}/ru`);
});

test("the language switch goes both ways, to the same section when there is one", async ({ page }) => {
  await page.goto("/world");
  const toRussian = page.getByTestId("language-switch").getByRole("link", { name: "Русский" });
  await expect(toRussian).toHaveAttribute("hreflang", "ru");
  await expect(toRussian).toHaveAttribute("lang", "ru");
  await toRussian.click();
  await expect(page).toHaveURL(`${base}/ru/world`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("В мире");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", `${base}/world`);
  const toEnglish = page.getByTestId("language-switch").getByRole("link", { name: "English" });
  await expect(toEnglish).toHaveAttribute("hreflang", "en");
  await toEnglish.click();
  await expect(page).toHaveURL(`${base}/world`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("World");

  // A story has no translation: the switch leads to the other edition's front page.
  const story = await liveStory("ru");
  await page.goto(`/ru/news/${story.id}-${story.slug}`);
  await page.getByTestId("language-switch").getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(`${base}/`);
  await page.getByTestId("language-switch").getByRole("link", { name: "Русский" }).click();
  await expect(page).toHaveURL(`${base}/ru`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
});

test("a Russian story: Russian dateline and reading time, share bar, JSON-LD and Open Graph in Russian", async ({ page }) => {
  const story = await liveStory("ru");
  await page.goto(`/ru/news/${story.id}-${story.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.headline);
  const dateline = await page.locator("article time").first().textContent();
  expect(dateline).toMatch(RU_DATE);
  await expect(page.locator("article").getByText(/^\d+ минут[аы]? чтения$/)).toBeVisible();
  await expect(page.locator("article").getByText(/^Автор:/)).toBeVisible();
  // The lead picture's alt text and caption are Russian, and so are the story's tags.
  expect(await page.locator("article figure img").first().getAttribute("alt")).toMatch(/[А-Яа-я]/);
  await expect(page.locator("article figcaption")).toContainText(/[А-Яа-я]/);
  for (const tag of await page.getByRole("navigation", { name: "Теги" }).getByRole("link").allTextContents()) expect(tag).toMatch(/^[А-ЯЁа-яё -]+$/);
  await expect(page.getByRole("navigation", { name: "Поделиться материалом" })).toContainText("Поделиться:");
  await expect(page.getByRole("link", { name: /В закладки/ })).toHaveAttribute("href", /\/signin\?callbackUrl=%2Fru%2Fnews%2F/);
  await expect(page.getByRole("navigation", { name: "Теги" }).getByRole("link").first()).toHaveAttribute("href", /^\/ru\/tags\/[a-z0-9-]+$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${base}/ru/news/${story.id}-${story.slug}`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ru_RU");
  const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)["@graph"];
  const article = graph.find((n: { "@type": string }) => n["@type"] === "NewsArticle");
  expect(article.inLanguage).toBe("ru");
  expect(article.mainEntityOfPage["@id"]).toBe(`${base}/ru/news/${story.id}-${story.slug}`);
  const crumbs = graph.find((n: { "@type": string }) => n["@type"] === "BreadcrumbList").itemListElement;
  expect(crumbs[0].item).toBe(`${base}/ru`);
  expect(crumbs[1].item).toMatch(new RegExp(`^${base}/ru/[a-z-]+$`));
  // Related stories are Russian too.
  const related = await page.locator("section[aria-labelledby=related] a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(related.every((href) => href!.startsWith("/ru/news/"))).toBe(true);
});

test("stories answer 301 to their own edition: Russian at an English URL and English at a /ru URL", async ({ request }) => {
  const ru = await liveStory("ru");
  const en = await liveStory("en");
  const moves: [string, string][] = [
    [`/news/${ru.id}-${ru.slug}`, `/ru/news/${ru.id}-${ru.slug}`],
    [`/news/${ru.id}`, `/ru/news/${ru.id}-${ru.slug}`],
    [`/ru/news/${en.id}-${en.slug}`, `/news/${en.id}-${en.slug}`],
    [`/ru/news/${en.id}`, `/news/${en.id}-${en.slug}`],
    [`/RU/News/${ru.id}-${ru.slug}/`, `/ru/news/${ru.id}-${ru.slug}`],
    [`/ru/news/${ru.id}-wrong-slug`, `/ru/news/${ru.id}-${ru.slug}`],
    ["/ru/", "/ru"],
  ];
  for (const [from, to] of moves) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(301);
    expect(new URL(response.headers().location!, base).pathname, from).toBe(to);
  }
  expect((await request.get(`/ru/news/${ru.id}-${ru.slug}`, { maxRedirects: 0 })).status()).toBe(200);
});

test("a client cannot choose the edition: a forged edition header changes no page's language", async ({ request }) => {
  // The proxy does not run on canonical English paths (proxy.ts config.matcher), so the header
  // reaches the app as sent; only the proxy's signed value counts (lib/i18n/edition-header.ts).
  const forgeries = ["ru", "ru.AAAA", "en", "<script>alert(1)</script>"];
  for (const path of ["/", "/about", "/world", "/search?q=harbour"]) {
    for (const value of forgeries) {
      const response = await request.get(path, { headers: { "x-dateline-edition": value } });
      expect(response.status(), `${path} ${value}`).toBe(200);
      const html = await response.text();
      expect(html, `${path} ${value}`).toMatch(/<html lang="en"/);
      expect(html, `${path} ${value}`).toContain("Skip to content");
    }
  }
  for (const value of forgeries) {
    const html = await (await request.get("/ru", { headers: { "x-dateline-edition": value } })).text();
    expect(html, value).toMatch(/<html lang="ru"/);
    expect(html, value).not.toContain("Skip to content");
  }
});

test("Russian search stems words, keeps to the edition, and takes hostile text calmly", async ({ page, request }) => {
  await page.goto("/ru/search?q=выборы");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Поиск");
  const results = page.getByTestId("search-results").locator("h3");
  await expect(results.first()).toBeVisible();
  const headlines = await results.allTextContents();
  expect(headlines.some((h) => h.includes("выборах")), headlines.join(" | ")).toBe(true);
  expect(headlines.some((h) => h.includes("выборов")), headlines.join(" | ")).toBe(true);
  await expect(page.getByRole("status").first()).toContainText(/^\d+ результат(а|ов)? по запросу «выборы»$/);
  const hrefs = await page.getByTestId("search-results").locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  expect(hrefs.every((h) => h!.startsWith("/ru/news/"))).toBe(true);
  // The English search does not find Russian stories.
  await page.goto("/search?q=выборы");
  await expect(page.getByRole("heading", { name: "No results for “выборы”" })).toBeVisible();
  // Hostile, mixed-script and broken input: an ordinary results page every time.
  for (const q of ["выборы' OR 1=1 --", "<script>alert('выборы')</script>", "Вы\u0000боры & | ! (", "mixed выборы election", "ё".repeat(400), "%D0%B2%"]) {
    const response = await request.get(`/ru/search?q=${encodeURIComponent(q)}`);
    expect(response.status(), q).toBe(200);
    const html = await response.text();
    expect(html, q).not.toContain("<script>alert(");
    expect(html).toContain('lang="ru"');
  }
  await page.goto("/ru/search?q=абракадабра-несуществующая");
  await expect(page.getByRole("heading", { name: "По запросу «абракадабра-несуществующая» ничего не найдено" })).toBeVisible();
});

test("unknown /ru paths are a Russian 404", async ({ page, request }) => {
  for (const path of ["/ru/no-such-section", "/ru/no/such/page", "/ru/news/999999999-nothing", "/ru/tags/no-such-tag", "/ru/authors/no-such-person", "/ru/news/abc", "/ru/about", "/ru/newsroom", "/ru/world?page=999", "/ru/%E0%A4%A"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    // (A 404 raised while a dynamic page streams arrives as Next's error shell plus the React
    // payload, so the words are in the payload and <html lang> is set on hydration.)
    const html = await response.text();
    expect(html, path).toContain("Страница не найдена");
    expect(html, path).not.toContain("Page not found");
  }
  for (const path of ["/ru/no-such-section", "/ru/no/such/page"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Страница не найдена");
  await expect(page.getByRole("link", { name: "На главную" })).toHaveAttribute("href", "/ru");
  // The English 404 stays English.
  await page.goto("/no-such-section");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("Russian feeds and the sitemaps: language ru, /ru links, news:language ru", async ({ request }) => {
  const rss = await (await request.get("/ru/feed.xml")).text();
  expect(rss).toContain("<language>ru</language>");
  const feed = parseFeed(rss);
  expect(feed.items.length).toBeGreaterThan(15);
  for (const item of feed.items) expect(item.url).toMatch(new RegExp(`^${base}/ru/news/\\d+-[a-z0-9-]+$`));
  const atom = await (await request.get("/ru/atom.xml")).text();
  expect(atom).toContain('xml:lang="ru"');
  const section = parseFeed(await (await request.get("/ru/world/feed.xml")).text());
  expect(section.title).toBe("В мире | Dateline");
  expect((await request.get("/ru/authors/anna-petrova/atom.xml")).status()).toBe(200);
  expect((await request.get("/ru/tags/vybory/feed.xml")).status()).toBe(200);
  expect((await request.get("/ru/nope/feed.xml")).status()).toBe(404);
  // The English site feed stays English.
  expect(parseFeed(await (await request.get("/feed.xml")).text()).items.every((i) => !i.url!.includes("/ru/"))).toBe(true);

  expect(await (await request.get("/sitemaps/pages.xml")).text()).toContain(`<loc>${base}/ru</loc>`);
  expect(await (await request.get("/sitemaps/sections.xml")).text()).toContain(`<loc>${base}/ru/world</loc>`);
  expect(await (await request.get("/sitemaps/tags.xml")).text()).toContain(`<loc>${base}/ru/tags/vybory</loc>`);
  const news = await (await request.get("/sitemaps/news.xml")).text();
  const ru = await liveStory("ru");
  expect(news).toMatch(new RegExp(`<loc>${base}/ru/news/${ru.id}-${ru.slug}</loc><news:news><news:publication><news:name>Dateline</news:name><news:language>ru</news:language>`));
  const index = await (await request.get("/sitemap.xml")).text();
  const chunks = [...index.matchAll(/<loc>([^<]*articles-\d+\.xml)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const all = (await Promise.all(chunks.map(async (c) => (await request.get(c)).text()))).join("");
  expect(all).toContain(`<loc>${base}/ru/news/${ru.id}-${ru.slug}</loc>`);
});

test("Russian pages have no serious accessibility problems", async ({ browser }) => {
  test.slow();
  const story = await liveStory("ru");
  const page = await as(browser, null);
  for (const path of ["/ru", "/ru/world", `/ru/news/${story.id}-${story.slug}`, "/ru/search?q=выборы"]) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("the Russian home and a story at 390 and 1440 px: no sideways scrolling; screenshots", async ({ browser }) => {
  test.slow();
  const story = await liveStory("ru");
  const page = await as(browser, null);
  for (const [width, height] of [[390, 844], [1440, 900]] as const) {
    await page.setViewportSize({ width, height });
    for (const [path, name] of [["/ru", "home"], [`/ru/news/${story.id}-${story.slug}`, "article"]] as const) {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} at ${width} px scrolls sideways`).toBeLessThanOrEqual(width);
      const fullPage = name === "article" || width === 1440;
      if (fullPage) {
        // Lazy images load as they scroll into view; scroll to the end so the full-page picture is complete.
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        for (let y = 0; y < height; y += 600) await page.mouse.wheel(0, 600);
        await page.waitForFunction(() => [...document.images].every((img) => img.complete), undefined, { timeout: 20_000 });
      }
      await page.screenshot({ path: `screenshots/ru-${name}-${width}.png`, fullPage });
    }
  }
});

test("signed in, the Russian edition keeps its own chrome and saves in Russian", async ({ browser }) => {
  const page = await as(browser, "reader");
  const story = await liveStory("ru");
  await page.goto(`/ru/news/${story.id}-${story.slug}`);
  await expect(page.getByRole("navigation", { name: "Ваш профиль" }).getByRole("link", { name: "Сохранённое" })).toBeVisible();
  const save = page.getByTestId("bookmark-button");
  await expect(save).toHaveText(/Сохранить|Сохранено/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the newsroom: the list filters by language, and an admin names a section in Russian", async ({ browser }) => {
  const editor = await as(browser, "editor");
  await editor.goto("/newsroom?language=ru&sort=headline");
  await expect(editor.getByLabel("Language")).toHaveValue("ru");
  const rows = editor.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const text of await rows.locator("td:first-child").allTextContents()) expect(text).toMatch(/^ru/);
  await editor.goto("/newsroom?language=en");
  for (const text of await editor.locator("tbody tr td:first-child").allTextContents()) expect(text).not.toMatch(/^ru/);

  const run = Date.now().toString(36);
  const admin = await as(browser, "admin");
  await admin.goto("/newsroom/sections");
  const form = admin.getByRole("form", { name: "New section" });
  await form.getByLabel("Name", { exact: true }).fill(`Tides ${run}`);
  await form.getByLabel(/Name in Russian/).fill(`Приливы ${run}`);
  await form.getByRole("button", { name: "Create section" }).click();
  await expect(form.getByTestId("form-ok")).toHaveText("Section created.");
  const site = await as(browser, null);
  await site.goto("/ru");
  await expect(site.getByRole("navigation", { name: "Разделы", exact: true }).getByRole("link", { name: `Приливы ${run}` })).toHaveAttribute("href", `/ru/tides-${run}`);
  await site.goto(`/ru/tides-${run}`);
  await expect(site.getByRole("heading", { level: 1 })).toHaveText(`Приливы ${run}`);
  await expect(site.getByText(`В разделе «Приливы ${run}» пока нет материалов.`)).toBeVisible();
  await site.goto("/");
  await expect(site.getByRole("navigation", { name: "Sections", exact: true }).getByRole("link", { name: `Tides ${run}` })).toBeVisible();
  // Take it away again so other specs see the demo sections.
  await e2eQuery(`DELETE FROM "Section" WHERE slug = $1`, [`tides-${run}`]);
});
