// Lighthouse's SEO audit (lighthouse 12.2.3, the last line that runs on Node 20) in the system
// Chromium against the production build: home, a section, an article and an author page score 100.
import fs from "node:fs";
import { test, expect, chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { e2eQuery } from "./db";

const PORT = 9330 + (Number(process.env.E2E_PORT ?? 3100) % 50);

test("Lighthouse SEO scores 100 on home, a section, an article and an author page", async ({ baseURL }) => {
  test.setTimeout(180_000);
  const [article] = await e2eQuery<{ id: number; slug: string }>(`SELECT id, slug FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL AND "leadMediaId" IS NOT NULL ORDER BY "publishedAt" DESC LIMIT 1`);
  const [author] = await e2eQuery<{ slug: string }>(`SELECT u.slug FROM "User" u JOIN "ArticleAuthor" aa ON aa."userId" = u.id GROUP BY u.slug ORDER BY count(*) DESC LIMIT 1`);
  const browser = await chromium.launch({
    executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p)),
    args: [`--remote-debugging-port=${PORT}`, "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const scores: Record<string, number | null> = {};
    const failing: Record<string, string[]> = {};
    for (const path of ["/", "/world", `/news/${article!.id}-${article!.slug}`, `/authors/${author!.slug}`]) {
      const result = await lighthouse(`${baseURL}${path}`, { port: PORT, output: "json", logLevel: "error", onlyCategories: ["seo"] });
      const lhr = result!.lhr;
      scores[path] = lhr.categories.seo!.score;
      failing[path] = Object.values(lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => `${a.id}: ${a.title}`);
    }
    expect(failing).toEqual(Object.fromEntries(Object.keys(failing).map((k) => [k, []])));
    expect(Object.values(scores)).toEqual([1, 1, 1, 1]);
  } finally {
    await browser.close();
  }
});
