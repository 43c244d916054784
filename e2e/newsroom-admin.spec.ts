// Newsroom administration in a real browser: users (create, disable → signed out at once),
// sections, tags, restoring deleted articles, and the role checks on every page and action.
import { test, expect } from "@playwright/test";
import { authFile, e2eQuery, type DemoRole } from "./db";
import { as, closeSessions } from "./sessions";
import { captureAction, expectNoSeriousA11y } from "./kit";

test.afterEach(closeSessions);

const run = Date.now().toString(36);


test("an admin creates a writer, who signs in; disabling the account signs them out at once", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/newsroom/users");
  const form = admin.getByRole("form", { name: "New account" });
  const email = `new-writer-${run}@dateline.example`;
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Name").fill("Nadia <b>New</b>");
  await form.getByLabel(/Password/).fill("short");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByTestId("field-error")).toHaveText(["Enter an email address", "At least 12 characters"]);
  await expect(form.getByLabel("Name"), "what was typed is kept").toHaveValue("Nadia <b>New</b>");
  await form.getByLabel("Email").fill(email);
  await form.getByLabel(/Password/).fill("a long enough password");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByTestId("form-ok")).toHaveText("Account created.");
  // The list is paged; find the new account by part of its email.
  const find = admin.getByRole("search");
  await find.getByLabel("Find by name or email").fill(`NEW-WRITER-${run}`);
  await find.getByRole("button", { name: "Find" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "matching" })).toHaveText(`1 account matching “NEW-WRITER-${run}”`);
  await expect(admin.getByTestId(`user-${email}`)).toContainText("Nadia <b>New</b>");
  // The role filter counts what the database holds; hostile text is just text that matches nothing.
  await admin.goto("/newsroom/users?role=READER");
  const readers = Number((await e2eQuery<{ n: string }>(`SELECT count(*) AS n FROM "User" WHERE role = 'READER'`))[0]!.n);
  await expect(admin.getByText(/^\d+ accounts?$/)).toHaveText(`${readers} ${readers === 1 ? "account" : "accounts"}`);
  await admin.goto(`/newsroom/users?q=${encodeURIComponent("<script>x</script>' OR 1=1 --")}&role=NOPE`);
  await expect(admin.getByText(/accounts? matching/)).toHaveText("0 accounts matching “<script>x</script>' OR 1=1 --”");
  expect((await admin.goto("/newsroom/users?page=-2"))?.status()).toBe(404);
  await admin.goto(`/newsroom/users?q=${encodeURIComponent(email)}`);
  await admin.screenshot({ path: "screenshots/newsroom-users.png", fullPage: true });
  await expectNoSeriousA11y(admin);

  const writer = await as(browser, null);
  await writer.goto("/signin?callbackUrl=%2Fnewsroom");
  await writer.getByLabel("Email").fill(email);
  await writer.getByLabel("Password").fill("a long enough password");
  await writer.getByRole("button", { name: "Sign in" }).click();
  await expect(writer.getByRole("heading", { name: "My articles" })).toBeVisible();

  admin.once("dialog", (d) => d.accept());
  await admin.getByTestId(`user-${email}`).getByRole("button", { name: "Disable" }).click();
  await expect(admin.getByTestId(`user-${email}`)).toContainText("Disabled");
  await writer.goto("/newsroom");
  await expect(writer).toHaveURL(/\/signin\?callbackUrl=/);
  const audit = await e2eQuery<{ action: string }>(`SELECT e.action FROM "AuditEvent" e JOIN "User" u ON e."entityId" = u.id::text WHERE e."entityType" = 'user' AND u.email = $1 ORDER BY e.id`, [email]);
  expect(audit.map((a) => a.action)).toEqual(["user.create", "user.disable"]);
});

test("sections and tags: an admin adds a section that appears in the site's navigation; reserved slugs are refused", async ({ browser }) => {
  const admin = await as(browser, "admin");
  await admin.goto("/newsroom/sections");
  const form = admin.getByRole("form", { name: "New section" });
  await form.getByLabel("Name", { exact: true }).fill("Newsroom");
  await form.getByRole("button", { name: "Create section" }).click();
  await expect(form.getByTestId("field-error")).toHaveText("“newsroom” is used by the site itself");
  await form.getByLabel("Name", { exact: true }).fill(`Climate ${run}`);
  await form.getByRole("button", { name: "Create section" }).click();
  await expect(form.getByTestId("form-ok")).toHaveText("Section created.");
  const site = await as(browser, null);
  await site.goto("/");
  await expect(site.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: `Climate ${run}` }).first()).toBeVisible();

  const editor = await as(browser, "editor");
  await editor.goto(`/newsroom/tags?q=${encodeURIComponent("<script>")}`);
  await expect(editor.getByRole("status")).toHaveText("0 tags");
  // A tag of its own on a live story, so renaming it cannot disturb other specs.
  const [tag] = await e2eQuery<{ id: number; name: string; slug: string }>(`INSERT INTO "Tag" (name, slug) VALUES ($1, $2) RETURNING id, name, slug`, [`Tidewatch ${run}`, `tidewatch-${run}`]);
  await e2eQuery(`INSERT INTO "ArticleTag" ("articleId", "tagId") SELECT id, $1 FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY id LIMIT 1`, [tag!.id]);
  await editor.goto(`/newsroom/tags?q=${encodeURIComponent(tag!.name)}`);
  const rename = editor.getByRole("form", { name: `Rename ${tag!.name}` });
  await rename.getByRole("textbox").fill(`${tag!.name} (renamed)`);
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(rename.getByTestId("form-ok")).toHaveText("Tag renamed.");
  const tagPage = await site.goto(`/tags/${tag!.slug}`);
  expect(tagPage?.status(), "the tag's URL did not change").toBe(200);
  await expect(site.getByRole("heading", { level: 1 })).toContainText("(renamed)");
});

test("an admin restores a deleted article; it comes back unpublished, not live", async ({ browser }) => {
  const [article] = await e2eQuery<{ id: number; headline: string; slug: string }>(`UPDATE "Article" SET "deletedAt" = now() WHERE id = (SELECT id FROM "Article" WHERE status = 'PUBLISHED' AND "deletedAt" IS NULL ORDER BY id DESC LIMIT 1) RETURNING id, headline, slug`);
  const admin = await as(browser, "admin");
  await admin.goto("/newsroom/deleted");
  await admin.getByRole("form", { name: `Restore ${article!.headline}` }).getByRole("button", { name: "Restore" }).click();
  // Restored, it leaves the list of deleted articles.
  await expect(admin.getByRole("form", { name: `Restore ${article!.headline}` })).toHaveCount(0);
  const [row] = await e2eQuery<{ status: string; deletedAt: Date | null }>(`SELECT status, "deletedAt" FROM "Article" WHERE id = $1`, [article!.id]);
  expect(row).toEqual({ status: "UNPUBLISHED", deletedAt: null });
  const reader = await as(browser, null);
  expect((await reader.goto(`/news/${article!.id}-${article!.slug}`))?.status()).toBe(404);
});

test("administration doors: pages by role, and a captured admin action replayed by everyone else", async ({ browser }) => {
  // Twenty page loads in five browser contexts, then four replays: about 60 s on a busy machine,
  // which is the default limit, so this one test gets more.
  test.setTimeout(150_000);
  const pages: [string, DemoRole[], DemoRole[]][] = [
    ["/newsroom/users", ["admin"], ["editor", "writer", "reader"]],
    ["/newsroom/sections", ["admin"], ["editor", "writer", "reader"]],
    ["/newsroom/deleted", ["admin"], ["editor", "writer", "reader"]],
    ["/newsroom/tags", ["admin", "editor"], ["writer", "reader"]],
  ];
  for (const [path, allowed, refused] of pages) {
    const anon = await as(browser, null);
    await anon.goto(path);
    await expect(anon, path).toHaveURL(/\/signin\?callbackUrl=/);
    for (const role of allowed) expect((await (await as(browser, role)).goto(path))?.status(), `${role} ${path}`).toBe(200);
    for (const role of refused) expect((await (await as(browser, role)).goto(path))?.status(), `${role} ${path}`).toBe(403);
  }

  const admin = await as(browser, "admin");
  await admin.goto("/newsroom/users");
  const form = admin.getByRole("form", { name: "New account" });
  await form.getByLabel("Email").fill(`replayed-${run}@dateline.example`);
  await form.getByLabel("Name").fill("Replay Target");
  await form.getByLabel(/Password/).fill("a long enough password");
  const captured = await captureAction(admin, () => form.getByRole("button", { name: "Create account" }).click());
  await expect(form.getByTestId("form-ok")).toBeVisible();
  await e2eQuery(`DELETE FROM "AuditEvent" WHERE "entityType" = 'user' AND "entityId" = (SELECT id::text FROM "User" WHERE email = $1)`, [`replayed-${run}@dateline.example`]);
  await e2eQuery(`DELETE FROM "User" WHERE email = $1`, [`replayed-${run}@dateline.example`]);

  for (const [role, refusal] of [
    [null, /Your session has ended/],
    ["editor", /Only admins can do this/],
    ["writer", /Only admins can do this/],
    ["reader", /You do not have access to the newsroom/],
  ] as [DemoRole | null, RegExp][]) {
    const context = await browser.newContext(role ? { storageState: authFile(role) } : {});
    const headers = captured.headers();
    const response = await context.request.post(captured.url(), {
      headers: { "next-action": headers["next-action"]!, "content-type": headers["content-type"]!, accept: "text/x-component" },
      data: captured.postDataBuffer() ?? "",
    });
    expect(response.status()).toBeLessThan(500);
    expect(await response.text(), role ?? "anonymous").toMatch(refusal);
    await context.close();
  }
  expect(await e2eQuery(`SELECT id FROM "User" WHERE email = $1`, [`replayed-${run}@dateline.example`])).toEqual([]);
});
