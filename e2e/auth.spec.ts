// Sign-in, roles and the newsroom's door: anonymous, reader, writer, editor.
import { test, expect, type Page } from "@playwright/test";
import { e2eQuery, E2E_PASSWORD } from "./db";
import { expectNoSeriousA11y } from "./kit";

async function signIn(page: Page, email: string, password = E2E_PASSWORD, next = "/newsroom") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(next)}`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("anonymous visitors are sent to sign in and come back afterwards", async ({ page }) => {
  await page.goto("/newsroom?status=DRAFT");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fnewsroom/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectNoSeriousA11y(page);
  await page.getByLabel("Email").fill("editor@dateline.example");
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/newsroom$/);
  await expect(page.getByRole("heading", { name: "All articles" })).toBeVisible();
});

test("an editor sees every article and can filter the list", async ({ page }) => {
  await signIn(page, "editor@dateline.example");
  await expect(page.getByRole("heading", { name: "All articles" })).toBeVisible();
  // Every edition's stories, in one list (about 90 English and 25 Russian demo stories).
  const [row] = await e2eQuery<{ n: number }>(`SELECT count(*)::int AS n FROM "Article" WHERE "deletedAt" IS NULL`);
  expect(row!.n).toBeGreaterThan(110);
  await expect(page.getByRole("status")).toHaveText(new RegExp(`\\b${row!.n} articles`));
  await page.getByLabel("Status").selectOption("DRAFT");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/status=DRAFT/);
  const rows = page.getByTestId("newsroom-articles").locator("tbody tr");
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  for (const text of await rows.locator("td:nth-child(2)").allTextContents()) expect(text).toContain("Draft");
  await page.screenshot({ path: "screenshots/newsroom.png" });
  await expectNoSeriousA11y(page);
  for (const path of ["/newsroom?status=BOGUS&sort=%3Cscript%3E&author=abc&section=..%2F", "/newsroom?q=%27%3B%20DROP%20TABLE", "/newsroom?page=9999"]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
  }
  expect((await page.goto("/newsroom?page=0"))?.status()).toBe(404);
});

test("a writer sees only their own articles", async ({ page }) => {
  const [writer] = await e2eQuery<{ id: number }>(`SELECT id FROM "User" WHERE email = 'writer@dateline.example'`);
  const [article] = await e2eQuery<{ id: number; headline: string }>(`SELECT id, headline FROM "Article" WHERE status = 'PUBLISHED' ORDER BY id LIMIT 1`);
  await e2eQuery(`INSERT INTO "ArticleAuthor" ("articleId", "userId", position) VALUES ($1, $2, 5) ON CONFLICT DO NOTHING`, [article!.id, writer!.id]);
  await signIn(page, "writer@dateline.example");
  await expect(page.getByRole("heading", { name: "My articles" })).toBeVisible();
  await expect(page.getByRole("status")).toHaveText("1 article");
  await expect(page.getByTestId("newsroom-articles")).toContainText(article!.headline);
  await expect(page.getByLabel("Author")).toHaveCount(0);
});

test("a reader is refused the newsroom with a 403 page", async ({ page }) => {
  await signIn(page, "reader@dateline.example", E2E_PASSWORD, "/");
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  const response = await page.goto("/newsroom");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
});

test("wrong passwords get a clear message, and the sixth try says how long to wait", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Enter your email and password.");
  await page.getByLabel("Email").fill("nobody-here@dateline.example");
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Password").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
  }
  await page.getByLabel("Password").fill("wrong-again");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Too many failed attempts. Try again in a minute.");
  await expect(page.getByLabel("Email")).toHaveValue("nobody-here@dateline.example");
});

test("changing a user's session version or disabling them ends their session at once", async ({ page }) => {
  // A throwaway admin (same password as the demo accounts), so the shared saved sessions live on.
  const email = `revocable-${Date.now().toString(36)}@dateline.example`;
  await e2eQuery(`INSERT INTO "User" (email, name, slug, role, "passwordHash", "updatedAt") SELECT $1, 'Revocable Admin', $2, 'ADMIN', "passwordHash", now() FROM "User" WHERE email = 'admin@dateline.example'`, [email, email.split("@")[0]]);
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "All articles" })).toBeVisible();
  await e2eQuery(`UPDATE "User" SET "sessionVersion" = "sessionVersion" + 1 WHERE email = $1`, [email]);
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email);
  await expect(page.getByRole("heading", { name: "All articles" })).toBeVisible();
  await e2eQuery(`UPDATE "User" SET "disabledAt" = now() WHERE email = $1`, [email]);
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email);
  await expect(page.getByTestId("form-error")).toHaveText("This account has been disabled. Ask an administrator.");
});

test("signing out ends the session; a forged session cookie is ignored", async ({ page, context }) => {
  await signIn(page, "editor@dateline.example");
  await expect(page.getByRole("heading", { name: "All articles" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await context.addCookies([{ name: "next-auth.session-token", value: "forged.token.value", domain: "localhost", path: "/" }]);
  await page.goto("/newsroom");
  await expect(page).toHaveURL(/\/signin/);
});

test("an anonymous reader's bookmark button leads to sign in and back to the story", async ({ page }) => {
  await page.goto("/");
  await page.getByTestId("latest-list").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/news\/\d+-/);
  const path = new URL(page.url()).pathname;
  await page.getByRole("link", { name: /Bookmark/ }).click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
});

test("sign-in never redirects to another site", async ({ page }) => {
  for (const evil of ["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)"]) {
    await signIn(page, "reader@dateline.example", E2E_PASSWORD, evil);
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\//);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  }
});

test("OAuth buttons appear only when configured, and OAuth refusals are explained", async ({ page }) => {
  await page.goto("/signin");
  await expect(page.getByRole("button", { name: /Continue with/ })).toHaveCount(0);
  await page.goto("/signin?error=no-account");
  await expect(page.getByTestId("form-error")).toContainText("No account uses that email address");
  for (const error of ["constructor", "__proto__", "<script>alert(1)</script>"]) {
    expect((await page.goto(`/signin?error=${encodeURIComponent(error)}`))?.status()).toBe(200);
    await expect(page.getByTestId("form-error")).toHaveCount(0);
  }
});

test("hostile input to next-auth's endpoints gets a clear 4xx, never a 500, and a bad return-address cookie is cleared", async ({ request, page }) => {
  const expectRefused = async (response: import("@playwright/test").APIResponse, status: number, what: string) => {
    expect(response.status(), what).toBe(status);
    expect((await response.json()).error, what).toBeTruthy();
  };
  for (const endpoint of ["session", "csrf", "providers", "signin", "signout"]) {
    for (const url of ["abc", "<script>alert(1)</script>", "' OR 1=1 --", "%E0%A4%A"]) {
      await expectRefused(await request.get(`/api/auth/${endpoint}?callbackUrl=${url.startsWith("%") ? url : encodeURIComponent(url)}`, { maxRedirects: 0 }), 400, `${endpoint} ${url}`);
    }
    await expectRefused(await request.post(`/api/auth/${endpoint}`, { headers: { "content-type": "application/json" }, data: Buffer.from("{") }), 400, `${endpoint} bad JSON`);
    await expectRefused(await request.post(`/api/auth/${endpoint}`, { data: { callbackUrl: 5 } }), 400, `${endpoint} a number`);
    await expectRefused(await request.post(`/api/auth/${endpoint}`, { form: { callbackUrl: "abc" } }), 400, `${endpoint} form`);
  }
  await expectRefused(await request.get("/api/auth/error?error=%E0%A4%A", { maxRedirects: 0 }), 400, "error with a broken escape");
  await expectRefused(await request.get(`/api/auth/error?error=${encodeURIComponent("ж")}`, { maxRedirects: 0 }), 400, "error outside Latin-1");
  await expectRefused(await request.get("/api/auth/callback/credentials", { maxRedirects: 0 }), 405, "password callback by GET");
  await expectRefused(await request.post("/api/auth/signin/credentials", { form: { a: "x".repeat(70_000) } }), 413, "a huge form");

  // A hostile cookie: refused once, cleared, and the session endpoint answers again.
  await page.context().addCookies([{ name: "next-auth.callback-url", value: "abc", url: `http://localhost:${process.env.E2E_PORT ?? 3100}` }]);
  const first = await page.request.get("/api/auth/session");
  await expectRefused(first, 400, "bad cookie");
  expect(first.headers()["set-cookie"]).toContain("next-auth.callback-url=;");
  expect((await page.request.get("/api/auth/session")).status()).toBe(200);

  // What the site sends still works: a session poll, and a sign-in with a return address.
  expect((await request.get("/api/auth/session")).status()).toBe(200);
  await signIn(page, "reader@dateline.example", E2E_PASSWORD, "/saved");
  await expect(page).toHaveURL(/\/saved$/);
});
