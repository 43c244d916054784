// "Nothing you type is ever lost": autosave survives a reload, a lost connection keeps the text
// in the browser and offers it back, two editors see each other and a stale save never
// overwrites, revisions diff and restore, and admins read the audit log.
import { test, expect } from "@playwright/test";
import { authFile, e2eQuery } from "./db";
import { as, closeSessions } from "./sessions";
import { expectNoSeriousA11y, writeDraft } from "./kit";

test.afterEach(closeSessions);

const run = Date.now().toString(36);


test("autosave saves while typing and survives a reload", async ({ browser }) => {
  const editor = await as(browser, "editor");
  const id = await writeDraft(editor, `Autosave story ${run}`, "First paragraph.");
  await editor.getByTestId("body-editor").press("End");
  await editor.keyboard.type(" Typed after the first save, never saved by hand.");
  await expect(editor.getByTestId("save-status")).toHaveText("Unsaved changes");
  await expect(editor.getByTestId("save-status")).toContainText("Autosaved", { timeout: 10_000 });
  await editor.reload();
  await expect(editor.getByTestId("body-editor")).toContainText("never saved by hand");
  const revisions = await e2eQuery<{ reason: string }>(`SELECT reason FROM "Revision" WHERE "articleId" = $1 ORDER BY id`, [id]);
  expect(revisions.map((r) => r.reason)).toEqual(["create", "autosave"]);
});

test("a lost connection keeps the text in the browser, and a new tab offers to recover it", async ({ browser }) => {
  const context = await browser.newContext({ storageState: authFile("editor") });
  const editor = await context.newPage();
  const id = await writeDraft(editor, `Offline story ${run}`, "Written online.");
  await context.setOffline(true);
  await editor.getByLabel("Standfirst").fill("Typed while the connection was down.");
  await expect(editor.getByTestId("save-status")).toHaveText(/Offline: kept in this browser|Unsaved changes/, { timeout: 10_000 });
  await expect(editor.getByTestId("form-error")).toContainText("cannot be reached", { timeout: 10_000 });
  // The tab crashes; the connection comes back; the writer opens the article again.
  await editor.close({ runBeforeUnload: false });
  await context.setOffline(false);
  const again = await context.newPage();
  await again.goto(`/newsroom/articles/${id}`);
  await expect(again.getByTestId("recovery")).toContainText("unsaved text for this article");
  await expect(again.getByLabel("Standfirst")).toHaveValue("Synthetic standfirst.");
  await again.getByRole("button", { name: "Recover it" }).click();
  await expect(again.getByLabel("Standfirst")).toHaveValue("Typed while the connection was down.");
  await again.getByRole("button", { name: "Save", exact: true }).click();
  await expect(again.getByTestId("save-status")).toContainText("Saved");
  expect((await e2eQuery<{ standfirst: string }>(`SELECT standfirst FROM "Article" WHERE id = $1`, [id]))[0]!.standfirst).toBe("Typed while the connection was down.");
  await again.reload();
  await expect(again.getByTestId("recovery"), "a saved copy is not offered again").toHaveCount(0);
});

test("two editors: each sees the other, the stale save is refused, and 'keep mine' saves on top without losing theirs", async ({ browser }) => {
  // Long journey (two sessions, a 4 s autosave watch, presence heartbeats every 10 s): give it room under CI load.
  test.slow();
  const editor = await as(browser, "editor");
  const id = await writeDraft(editor, `Harbour strike talks ${run}`, "Both sides met at noon.");
  // The editor's tab has said it is here before the admin opens the story.
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "EditorPresence" p JOIN "User" u ON u.id = p."userId" WHERE p."articleId" = $1 AND u.email = 'editor@dateline.example'`, [id])).length).toBe(1);
  const admin = await as(browser, "admin");
  await admin.goto(`/newsroom/articles/${id}`);
  await expect(admin.getByTestId("presence")).toHaveText("Also editing now: Demo Editor", { timeout: 15_000 });
  await expect(editor.getByTestId("presence")).toHaveText("Also editing now: Demo Admin", { timeout: 15_000 });

  await admin.getByLabel("Standfirst").fill("Admin's standfirst.");
  await admin.getByRole("button", { name: "Save", exact: true }).click();
  await expect(admin.getByTestId("save-status")).toContainText("Saved");
  await editor.getByLabel("Standfirst").fill("Editor's standfirst.");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("conflict")).toContainText("Demo Admin saved at");
  await expect(editor.getByLabel("Standfirst")).toHaveValue("Editor's standfirst.");
  // The panel compares their saved text with the unsaved text on screen, word by word.
  const differs = editor.getByTestId("conflict-diff");
  await differs.getByText("Show what differs").click();
  await expect(differs.locator("dt")).toHaveText(["Standfirst"]);
  await expect(differs.locator("del")).toHaveText(["Admin's"]);
  await expect(differs.locator("ins")).toHaveText(["Editor's"]);
  await editor.screenshot({ path: "screenshots/newsroom-conflict.png" });
  // Autosave does not sneak past the conflict.
  await editor.waitForTimeout(4000);
  expect((await e2eQuery<{ standfirst: string }>(`SELECT standfirst FROM "Article" WHERE id = $1`, [id]))[0]!.standfirst).toBe("Admin's standfirst.");

  await editor.getByRole("button", { name: "Keep mine as the newest version" }).click();
  await expect(editor.getByTestId("conflict")).toHaveCount(0);
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  expect((await e2eQuery<{ standfirst: string }>(`SELECT standfirst FROM "Article" WHERE id = $1`, [id]))[0]!.standfirst).toBe("Editor's standfirst.");
  const snapshots = await e2eQuery<{ standfirst: string }>(`SELECT snapshot->>'standfirst' AS standfirst FROM "Revision" WHERE "articleId" = $1 ORDER BY id`, [id]);
  expect(snapshots.map((s) => s.standfirst)).toContain("Admin's standfirst.");

  // Closing the tab clears presence for the other: at once by the goodbye beacon, or, if the
  // beacon is lost (a busy machine may drop it as the page dies), when the silent tab's row
  // passes the 30 s TTL; the editor notices at its next 10 s heartbeat either way.
  await admin.close();
  await expect(editor.getByTestId("presence")).toHaveCount(0, { timeout: 45_000 });
});

test("revisions: a readable diff between two versions, and restore makes a new revision", async ({ browser }) => {
  const editor = await as(browser, "editor");
  const id = await writeDraft(editor, `Bridge vote ${run}`, "The council voted on Monday to close the bridge.");
  await editor.getByLabel("Headline").fill(`Bridge vote postponed ${run}`);
  await editor.getByTestId("body-editor").click();
  await editor.keyboard.press("Control+A");
  await editor.keyboard.type("The council voted on Tuesday to close the bridge.");
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  await editor.getByRole("link", { name: "Revisions" }).click();
  await expect(editor.getByTestId("revisions").locator("tbody tr")).toHaveCount(2);
  const diff = editor.getByTestId("diff");
  await expect(diff.locator("del")).toHaveText(["Monday"]);
  await expect(diff.locator("ins")).toHaveText(["postponed ", "Tuesday"]);
  await editor.screenshot({ path: "screenshots/newsroom-revisions.png", fullPage: true });
  await expectNoSeriousA11y(editor);

  await editor.getByRole("button", { name: "Restore v1" }).click();
  await expect(editor).toHaveURL(new RegExp(`/newsroom/articles/${id}$`));
  await expect(editor.getByLabel("Headline")).toHaveValue(`Bridge vote ${run}`);
  await expect(editor.getByTestId("body-editor")).toContainText("on Monday");
  const revisions = await e2eQuery<{ reason: string }>(`SELECT reason FROM "Revision" WHERE "articleId" = $1 ORDER BY id`, [id]);
  expect(revisions.map((r) => r.reason)).toEqual(["create", "save", "restore v1"]);

  // A revision id from another article, or nonsense, is refused.
  const [foreign] = await e2eQuery<{ id: number }>(`SELECT id FROM "Revision" WHERE "articleId" <> $1 ORDER BY id LIMIT 1`, [id]);
  await editor.goto(`/newsroom/articles/${id}/revisions?from=${foreign!.id}&to=${foreign!.id}`);
  await expect(editor.getByTestId("form-error")).toHaveText("Those revisions are not from this article.");
  expect((await editor.goto(`/newsroom/articles/${id}/revisions?from=abc&to=%3Cscript%3E`))?.status()).toBe(200);
});

test("the audit log is for admins, and filters by action and item", async ({ browser }) => {
  const admin = await as(browser, "admin");
  const id = await writeDraft(admin, `Audited story ${run}`, "Created to be found in the log.");
  await admin.getByRole("button", { name: "Publish now" }).click();
  await expect(admin.getByTestId("article-status")).toHaveText("Published");
  await admin.goto(`/newsroom/audit?action=article.publish&entity=article&id=${id}`);
  await expect(admin.getByRole("status")).toHaveText("1 event");
  await expect(admin.getByTestId("audit").locator("tbody tr")).toHaveText([new RegExp(`Demo Admin\\s*article\\.publish\\s*article ${id}`)]);
  await admin.goto(`/newsroom/audit?entity=article&id=${id}`);
  await expect(admin.getByTestId("audit").locator("tbody td:nth-child(3)")).toHaveText(["article.publish", "article.create"]);
  expect((await admin.goto("/newsroom/audit?action=%3Cscript%3E&from=2026-99-99&actor=-1&page=1"))?.status()).toBe(200);
  for (const role of ["editor", "writer", "reader"] as const) expect((await (await as(browser, role)).goto("/newsroom/audit"))?.status(), role).toBe(403);
  const presence = await (await browser.newContext()).request.post("/api/presence/1");
  expect(presence.status()).toBe(401);
  const reader = await (await browser.newContext({ storageState: authFile("reader") })).request.post("/api/presence/1");
  expect(reader.status()).toBe(403);
});
