// Shared steps for the e2e specs: accessibility checks, capturing a server action, writing a
// draft the way an editor does.
import { expect, type Page, type Request } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { e2eQuery } from "./db";

/** axe-core's serious and critical findings on the page as it is now, one line each. */
export async function seriousA11y(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")})`);
}

export async function expectNoSeriousA11y(page: Page): Promise<void> {
  // After a client-side navigation the new page's <title> can land a moment after its heading
  // (metadata streams separately); axe must see the page whole, not that gap.
  await expect(page).toHaveTitle(/\S/);
  expect(await seriousA11y(page)).toEqual([]);
}

/** Captures the next server-action POST the page sends while `act` runs (to replay it as someone else). */
export async function captureAction(page: Page, act: () => Promise<void>): Promise<Request> {
  const request = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await act();
  return request;
}

/**
 * Creates a draft through the editor like a real story (and like the demo content other specs
 * check): headline, standfirst, body, a lead image and a tag of its edition. Returns the new
 * article's id.
 */
export async function writeDraft(page: Page, headline: string, body: string, options: { standfirst?: string; language?: "en" | "ru" } = {}): Promise<number> {
  const { standfirst = "Synthetic standfirst.", language = "en" } = options;
  await page.goto("/newsroom/articles/new");
  await page.getByLabel("Headline").fill(headline);
  if (language !== "en") await page.getByLabel("Language").selectOption(language);
  await page.getByLabel("Standfirst").fill(standfirst);
  await page.getByTestId("body-editor").click();
  await page.keyboard.type(body);
  const [image] = await e2eQuery<{ id: number }>(`SELECT id FROM "Media" WHERE kind = 'IMAGE' AND "storageKey" LIKE 'public/demo/%' ORDER BY id LIMIT 1`);
  await page.getByLabel("Lead image").selectOption(String(image!.id));
  // A tag the demo already uses in this edition (Russian stories carry Russian tags).
  const [tag] = await e2eQuery<{ name: string }>(
    `SELECT t.name FROM "Tag" t JOIN "ArticleTag" at ON at."tagId" = t.id JOIN "Article" a ON a.id = at."articleId" WHERE a.language = $1 GROUP BY t.id ORDER BY t.id LIMIT 1`,
    [language],
  );
  await page.getByLabel("Tags").fill(tag!.name);
  await page.getByLabel("Tags").press("Enter");
  await page.getByRole("button", { name: "Create draft" }).click();
  await expect(page).toHaveURL(/\/newsroom\/articles\/\d+$/);
  await expect(page.getByTestId("save-status")).toContainText("All changes saved");
  return Number(page.url().split("/").pop());
}
