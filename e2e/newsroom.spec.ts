// The newsroom's article editor and workflow in a real browser, one saved session per role:
// write → preview → submit → publish → on the site; schedule → the scheduler publishes; two
// editors on one story (the stale save is refused, both texts survive); and every door refuses
// anonymous visitors, readers and writers where it must — pages and replayed server actions.
import { test, expect } from "@playwright/test";
import { authFile, devMailbox, e2eQuery, type DemoRole } from "./db";
import { dateToZonedInput } from "../lib/format";
import { as, closeSessions } from "./sessions";
import { captureAction, seriousA11y, writeDraft } from "./kit";

test.afterEach(closeSessions);

const run = Date.now().toString(36);


test("a writer writes and previews, submits for review, and an editor publishes it to the site", async ({ browser }) => {
  const writer = await as(browser, "writer");
  const headline = `Tidal lagoon trial begins ${run}`;
  await writer.goto("/newsroom/articles/new");
  // Bad input first: no headline → the error sits beside the field and nothing is created.
  await writer.getByRole("button", { name: "Create draft" }).click();
  await expect(writer.getByTestId("field-error").first()).toHaveText("Write a headline");
  await expect(writer).toHaveURL(/\/articles\/new$/);

  const id = await writeDraft(writer, headline, "Engineers opened the sluice gates at first light. ");
  // Formatting and a link through the toolbar; an unsafe link is refused in the form.
  await writer.getByTestId("body-editor").press("End");
  await writer.keyboard.type("Read the plan");
  for (let i = 0; i < "the plan".length; i++) await writer.keyboard.press("Shift+ArrowLeft");
  await writer.getByRole("button", { name: "Bold" }).click();
  await writer.getByRole("button", { name: "Link", exact: true }).click();
  await writer.getByLabel("Address (empty removes the link)").fill("javascript:alert(1)");
  await writer.getByRole("button", { name: "Apply" }).click();
  await expect(writer.getByTestId("insert-error")).toContainText("Links must start with");
  await writer.getByLabel("Address (empty removes the link)").fill("https://example.org/plan");
  await writer.getByRole("button", { name: "Apply" }).click();
  await expect(writer.getByTestId("word-count")).toHaveText(/1[0-9] words · 1 min read/);
  await expect(writer.getByTestId("save-status")).toHaveText("Unsaved changes");
  await writer.getByRole("button", { name: "Save", exact: true }).click();
  await expect(writer.getByTestId("save-status")).toContainText("Saved");
  const [row] = await e2eQuery<{ body: unknown; status: string; version: number }>(`SELECT body, status, version FROM "Article" WHERE id = $1`, [id]);
  expect(JSON.stringify(row!.body)).toContain('"href":"https://example.org/plan"');
  expect(JSON.stringify(row!.body)).toContain('"type":"bold"');
  expect(row!.status).toBe("DRAFT");

  // Writers cannot publish: no button, and the page says what they can do.
  await expect(writer.getByRole("button", { name: "Publish now" })).toHaveCount(0);
  await writer.screenshot({ path: "screenshots/newsroom-editor.png", fullPage: true });
  expect(await seriousA11y(writer)).toEqual([]);

  // Preview: a signed link that shows the draft as readers will see it, marked noindex.
  await writer.getByRole("button", { name: "Preview link" }).click();
  const previewHref = await writer.getByTestId("preview-link").getByRole("link").getAttribute("href");
  expect(previewHref).toMatch(/^\/preview\/\d+\.\d+\.[0-9a-f]{64}$/);
  const reader = await as(browser, null);
  const previewResponse = await reader.goto(previewHref!);
  expect(previewResponse?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(reader.getByTestId("preview-banner")).toContainText("draft");
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await reader.screenshot({ path: "screenshots/preview.png" });
  const tampered = previewHref!.replace(/.$/, (c) => (c === "a" ? "b" : "a"));
  expect((await reader.goto(tampered))?.status()).toBe(404);
  expect((await reader.goto(`/news/${id}-x`))?.status(), "a draft is not on the site").toBe(404);

  await writer.getByRole("button", { name: "Submit for review" }).click();
  await expect(writer.getByTestId("article-status")).toHaveText("In review");
  // Editors hear about it by mail (the dev mailbox here), with a link straight to the story.
  await expect.poll(() => devMailbox("editor@dateline.example").find((m) => m.subject === `Ready for review: ${headline}`)?.link ?? "").toMatch(new RegExp(`/newsroom/articles/${id}$`));
  expect(devMailbox("writer@dateline.example").some((m) => m.subject.includes(headline)), "the writer is not told about their own submission").toBe(false);

  const editor = await as(browser, "editor");
  await editor.goto(`/newsroom/articles/${id}`);
  await expect(editor.getByLabel("Headline")).toHaveValue(headline);
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Published");
  const slug = (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;
  const live = await reader.goto(`/news/${id}-${slug}`);
  expect(live?.status()).toBe(200);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(headline);
  await expect(reader.locator(".article-body a[href='https://example.org/plan']")).toHaveText("the plan");
  await expect(reader.locator(".article-body strong")).toHaveText("the plan");
  await reader.goto("/");
  await expect(reader.getByRole("link", { name: headline }).first()).toBeVisible();
  // Once live, the writer may no longer change it.
  await writer.reload();
  await writer.getByLabel("Standfirst").fill("Writer tries to change a live story");
  await writer.getByRole("button", { name: "Save", exact: true }).click();
  await expect(writer.getByTestId("form-error")).toHaveText(/Only an editor can change an article once it is scheduled or published/);
  const audit = await e2eQuery<{ action: string }>(`SELECT action FROM "AuditEvent" WHERE "entityType" = 'article' AND "entityId" = $1 ORDER BY id`, [String(id)]);
  expect(audit.map((a) => a.action)).toEqual(["article.create", "article.submit", "article.publish"]);
});

test("an editor schedules a story and the scheduler publishes it once it is due", async ({ browser }) => {
  const editor = await as(browser, "editor");
  const headline = `Night ferry returns to the islands ${run}`;
  const id = await writeDraft(editor, headline, "The first crossing leaves at midnight.");
  await editor.getByLabel(/Publish at/).fill(dateToZonedInput(new Date(Date.now() - 3_600_000), "Europe/London"));
  await editor.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(editor.getByTestId("form-error")).toHaveText(/must be in the future/);
  await editor.getByLabel(/Publish at/).fill(dateToZonedInput(new Date(Date.now() + 2 * 3_600_000), "Europe/London"));
  await editor.getByRole("button", { name: "Schedule", exact: true }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Scheduled");
  const slug = (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;
  const reader = await as(browser, null);
  expect((await reader.goto(`/news/${id}-${slug}`))?.status()).toBe(404);
  // Time passes: the schedule falls due, and the server's own scheduler (2 s tick in e2e) publishes it.
  await e2eQuery(`UPDATE "Article" SET "scheduledAt" = now() - interval '1 second' WHERE id = $1`, [id]);
  await expect.poll(async () => (await reader.request.get(`/news/${id}-${slug}`)).status(), { timeout: 15_000 }).toBe(200);
  const events = await e2eQuery<{ actorId: number | null; details: { by?: string } }>(`SELECT "actorId", details FROM "AuditEvent" WHERE "entityId" = $1 AND action = 'article.publish'`, [String(id)]);
  expect(events).toHaveLength(1);
  expect(events[0]!.details.by).toBe("scheduler");
});

test("two people edit one story: the stale save is refused with who and when, and both texts survive", async ({ browser }) => {
  const editor = await as(browser, "editor");
  const id = await writeDraft(editor, `Council budget vote delayed ${run}`, "Councillors met late into the evening.");
  const admin = await as(browser, "admin");
  await admin.goto(`/newsroom/articles/${id}`);
  await admin.getByLabel("Standfirst").fill("The admin's standfirst, saved first.");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByTestId("save-status")).toContainText("Saved");

  await editor.getByLabel("Standfirst").fill("The editor's standfirst, typed on an old version.");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("conflict")).toContainText("Demo Admin saved at");
  await expect(editor.getByLabel("Standfirst")).toHaveValue("The editor's standfirst, typed on an old version.");
  const [row] = await e2eQuery<{ standfirst: string; version: number }>(`SELECT standfirst, version FROM "Article" WHERE id = $1`, [id]);
  expect(row).toEqual({ standfirst: "The admin's standfirst, saved first.", version: 2 });
});

test("every newsroom door checks its own lock: pages and replayed server actions by role", async ({ browser }) => {
  const editor = await as(browser, "editor");
  const id = await writeDraft(editor, `Editor's own story ${run}`, "Only editors should change this.");

  // Pages.
  for (const path of ["/newsroom", "/newsroom/articles/new", `/newsroom/articles/${id}`]) {
    const anon = await as(browser, null);
    await anon.goto(path);
    await expect(anon, path).toHaveURL(/\/signin\?callbackUrl=/);
    const reader = await as(browser, "reader");
    expect((await reader.goto(path))?.status(), `reader ${path}`).toBe(403);
  }
  const writer = await as(browser, "writer");
  expect((await writer.goto(`/newsroom/articles/${id}`))?.status()).toBe(403);
  expect((await writer.goto("/newsroom/articles/99999999"))?.status()).toBe(404);
  expect((await writer.goto("/newsroom/articles/abc"))?.status()).toBe(404);

  // Server actions, captured from the editor's own clicks and replayed with other sessions.
  await editor.getByLabel("Standfirst").fill("Saved by the editor.");
  const save = await captureAction(editor, () => editor.getByRole("button", { name: "Save", exact: true }).click());
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  const preview = await captureAction(editor, () => editor.getByRole("button", { name: "Preview link" }).click());
  await expect(editor.getByTestId("preview-link")).toBeVisible();
  const publish = await captureAction(editor, () => editor.getByRole("button", { name: "Publish now" }).click());
  await expect(editor.getByTestId("article-status")).toHaveText("Published");
  const before = (await e2eQuery<{ version: number; standfirst: string; status: string }>(`SELECT version, standfirst, status FROM "Article" WHERE id = $1`, [id]))[0];

  const expectations: [DemoRole | null, RegExp][] = [
    [null, /Your session has ended/],
    ["reader", /do not have access to the newsroom/],
    ["writer", /You cannot (edit|change|preview) this article|Only editors can publish/],
  ];
  for (const captured of [save, preview, publish]) {
    for (const [role, refusal] of expectations) {
      const context = await browser.newContext(role ? { storageState: authFile(role) } : {});
      const headers = captured.headers();
      const response = await context.request.post(captured.url(), {
        headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8", accept: "text/x-component" },
        data: captured.postData() ?? "",
      });
      expect(response.status(), `${role ?? "anonymous"} ${captured.postData()?.slice(0, 60)}`).toBeLessThan(500);
      const text = await response.text();
      expect(text, `${role ?? "anonymous"} replaying ${captured.postData()?.slice(0, 60)}`).toMatch(refusal);
      expect(text).not.toMatch(/\/preview\/\d+\./);
      await context.close();
    }
  }
  const after = (await e2eQuery<{ version: number; standfirst: string; status: string }>(`SELECT version, standfirst, status FROM "Article" WHERE id = $1`, [id]))[0];
  expect(after).toEqual(before);
});

test("the newsroom fits a phone: list, editor, revisions and users at 390 px without sideways scrolling", async ({ browser }) => {
  const editor = await as(browser, "editor");
  await editor.setViewportSize({ width: 390, height: 844 });
  const id = await writeDraft(editor, `Phone-sized story ${run}`, "Typed on a small screen.");
  await editor.getByLabel("Standfirst").fill("A second version, for the revisions list.");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  const admin = await as(browser, "admin");
  await admin.setViewportSize({ width: 390, height: 844 });
  for (const [page, path, shot] of [
    [editor, "/newsroom", "newsroom-list-390"],
    [editor, `/newsroom/articles/${id}`, "newsroom-editor-390"],
    [editor, `/newsroom/articles/${id}/revisions`, "newsroom-revisions-390"],
    [admin, "/newsroom/users", "newsroom-users-390"],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // Wide tables scroll inside their own box; the page itself never scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${path} is ${overflow}px wider than the phone`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `screenshots/${shot}.png`, fullPage: true });
    expect(await seriousA11y(page), path).toEqual([]);
  }
});

// The stories published above have no lead image or tags; the later specs (feeds, sitemaps, tag
// links) check the live site against the demo content, so this run's stories are taken down.
test.afterAll(async () => {
  await e2eQuery(`UPDATE "Article" SET "deletedAt" = now() WHERE "deletedAt" IS NULL AND headline LIKE '%' || $1`, [` ${run}`]);
});
