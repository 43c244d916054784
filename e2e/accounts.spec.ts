// Reader accounts end to end: sign up, confirm by the emailed link (read from the dev mailbox),
// save a story, Saved, follow a section, My feed, reset the password, delete the account; plus the
// answers that must not reveal accounts and the errors for bad links and input.
import { test, expect, type Page } from "@playwright/test";
import { devMailbox, e2eQuery, E2E_PASSWORD } from "./db";
import { expectNoSeriousA11y } from "./kit";


/** Runs a click that fires a server action and waits for the server's answer (optimistic UI
 *  updates at once; a reload straight after could otherwise beat the save). */
async function settled(page: Page, act: () => Promise<void>) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
  await act();
  await answered;
}

async function lastLink(to: string): Promise<string> {
  await expect.poll(() => devMailbox(to).at(-1)?.link ?? "").toMatch(/token=/);
  return devMailbox(to).at(-1)!.link!;
}

function form(page: Page, heading: string) {
  return page.locator("form", { has: page.getByRole("heading", { name: heading }) });
}

test("a reader signs up, confirms, saves, follows, resets the password and deletes the account", async ({ page }) => {
  test.setTimeout(120_000);
  const email = `journey-${Date.now()}@example.org`;
  const password = "tidal orchard lantern";

  // Sign up: bad input is explained beside the fields and nothing is stored.
  await page.goto("/signup");
  await expect(page.getByText("At least 10 characters")).toBeVisible();
  await expectNoSeriousA11y(page);
  await page.getByLabel("Email").fill("reаder@example.org"); // Cyrillic "а"
  await page.getByLabel("Display name").fill("   ");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-email")).toContainText("plain Latin letters");
  await expect(page.getByTestId("error-name")).toHaveText("Enter your name.");
  await expect(page.getByTestId("error-password")).toHaveText("Use at least 10 characters.");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill("Journey Reader");
  await page.getByLabel("Password").fill("Password2026!");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("error-password")).toContainText("common or leaked passwords");
  await expect(page.getByLabel("Email")).toHaveValue(email);
  expect(await e2eQuery(`SELECT id FROM "User" WHERE email = $1`, [email])).toEqual([]);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-success")).toContainText(`We have sent an email to ${email}`);

  // Confirm the address from the dev mailbox; the link works once.
  const verifyLink = await lastLink(email);
  await page.goto(verifyLink);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Your email address is confirmed.");
  await page.goto(verifyLink);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByTestId("form-error")).toContainText("already been used");

  // Sign in from an article's header and come back to it.
  await page.goto("/");
  await page.getByTestId("latest-list").getByRole("article").first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/news\/\d+-/);
  const articlePath = new URL(page.url()).pathname;
  const headline = (await page.getByRole("heading", { level: 1 }).textContent())!.trim();
  await page.getByRole("banner").getByRole("link", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(articlePath)}`);
  await page.getByLabel("Email").fill(email.toUpperCase());
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(articlePath);

  // Save it: the button flips at once and stays saved after a reload.
  const save = page.getByTestId("bookmark-button");
  await expect(save).toHaveAttribute("aria-pressed", "false");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(save).toContainText("Saved");
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Bookmark" b JOIN "User" u ON u.id = b."userId" WHERE u.email = $1`, [email])).length).toBe(1);
  await page.reload();
  await expect(page.getByTestId("bookmark-button")).toHaveAttribute("aria-pressed", "true");

  // Saved lists it; unpublishing hides it, republishing brings it back.
  await page.getByRole("banner").getByRole("link", { name: "Saved", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Saved stories" })).toBeVisible();
  await expect(page.getByTestId("saved-list")).toContainText(headline);
  await page.screenshot({ path: "screenshots/saved.png", fullPage: true });
  await expectNoSeriousA11y(page);
  const articleId = Number(/\/news\/(\d+)-/.exec(articlePath)![1]);
  await e2eQuery(`UPDATE "Article" SET status = 'UNPUBLISHED' WHERE id = $1`, [articleId]);
  try {
    await page.reload();
    await expect(page.getByText("Nothing saved yet")).toBeVisible();
  } finally {
    await e2eQuery(`UPDATE "Article" SET status = 'PUBLISHED' WHERE id = $1`, [articleId]);
  }
  await page.reload();
  await expect(page.getByTestId("saved-list")).toContainText(headline);

  // Unsave from the list, optimistic and lasting.
  await settled(page, () => page.getByTestId("saved-list").getByTestId("bookmark-button").click());
  // Either the button shows "not saved" or the refreshed list has already dropped the story.
  await expect.poll(() => page.getByTestId("saved-list").getByTestId("bookmark-button").evaluateAll((buttons) => buttons.every((b) => b.getAttribute("aria-pressed") === "false"))).toBe(true);
  // The button flips before the server has written: wait for the write, not a reload race.
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Bookmark" b JOIN "User" u ON u.id = b."userId" WHERE u.email = $1`, [email])).length).toBe(0);
  await page.reload();
  await expect(page.getByText("Nothing saved yet")).toBeVisible();

  // A story unpublished while its page is open cannot be saved: a clear error, the button flips back.
  await page.goto(articlePath);
  await e2eQuery(`UPDATE "Article" SET status = 'UNPUBLISHED' WHERE id = $1`, [articleId]);
  try {
    await page.getByTestId("bookmark-button").click();
    await expect(page.getByTestId("bookmark-error")).toHaveText("This story is not available, so it cannot be saved.");
    await expect(page.getByTestId("bookmark-button")).toHaveAttribute("aria-pressed", "false");
  } finally {
    await e2eQuery(`UPDATE "Article" SET status = 'PUBLISHED' WHERE id = $1`, [articleId]);
  }
  expect(await e2eQuery(`SELECT 1 FROM "Bookmark" b JOIN "User" u ON u.id = b."userId" WHERE u.email = $1`, [email])).toEqual([]);

  // Follow a section; My feed shows its stories.
  await page.goto("/world");
  await settled(page, () => page.getByTestId("follow-button").click());
  await expect(page.getByTestId("follow-button")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Follow" f JOIN "User" u ON u.id = f."userId" WHERE u.email = $1`, [email])).length).toBe(1);
  await page.reload();
  await expect(page.getByTestId("follow-button")).toHaveText(/Following/);
  const worldHeadline = (await page.getByRole("main").getByRole("article").first().getByRole("heading").first().textContent())!.trim();
  await page.getByRole("banner").getByRole("link", { name: "My feed" }).click();
  await expect(page.getByRole("heading", { name: "My feed" })).toBeVisible();
  await expect(page.getByTestId("following-list")).toContainText("World");
  await expect(page.getByTestId("feed-list")).toContainText(worldHeadline);
  const sections = await page.getByTestId("feed-list").getByRole("article").locator("p").first().allTextContents();
  expect(sections.every((s) => s === "World")).toBe(true);
  await expectNoSeriousA11y(page);

  // Account page: change the name, download the data.
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByTestId("unverified")).toHaveCount(0);
  await form(page, "Name").getByLabel("Display name").fill("Renamed Reader");
  await form(page, "Name").getByRole("button", { name: "Save name" }).click();
  await expect(form(page, "Name").getByTestId("form-success")).toHaveText("Your name has been changed.");
  await expect(page.getByTestId("account-link")).toContainText("Renamed Reader");
  await page.screenshot({ path: "screenshots/account.png", fullPage: true });
  await expectNoSeriousA11y(page);
  const data = await page.request.get("/account/data");
  expect(data.status()).toBe(200);
  expect(data.headers()["cache-control"]).toContain("no-store");
  expect(data.headers()["content-disposition"]).toContain("attachment");
  const json = await data.json();
  expect(json.account).toMatchObject({ email, name: "Renamed Reader", role: "READER" });
  expect(json.follows[0].section).toBe("World");
  expect(JSON.stringify(json)).not.toContain("passwordHash");

  // Forgotten password: sign out, ask for a link, set a new password, sign in with it.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect((await page.request.get("/account/data")).status()).toBe(401);
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  // The sign-in page has an Email field too: wait for the new page before typing.
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByTestId("form-success")).toContainText(`If ${email} has an account`);
  const resetLink = await lastLink(email);
  expect(resetLink).toContain("/reset-password?token=");
  await page.goto(resetLink);
  await page.getByLabel("New password").fill("qwertyuiop");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("error-password")).toContainText("common or leaked");
  const newPassword = "granite kettle meadow";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("form-success")).toContainText("Your password has been changed");
  await page.goto(resetLink);
  await page.getByLabel("New password").fill("another calm harbour");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("form-error")).toContainText("already been used");
  await page.goto("/signin?callbackUrl=%2Faccount");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Wrong email or password.");
  await page.getByLabel("Password").fill(newPassword);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  // Delete the account: asks for the password, then removes the person and their reading data.
  const del = form(page, "Delete account");
  await del.getByRole("button", { name: "Delete my account" }).click();
  await expect(del.getByTestId("error-currentPassword")).toHaveText("Enter your password.");
  await expect(del.getByTestId("error-confirm")).toHaveText("Tick the box to confirm.");
  await del.getByLabel("Current password").fill("not my password");
  await del.getByLabel("I understand").check();
  await del.getByRole("button", { name: "Delete my account" }).click();
  await expect(del.getByTestId("error-currentPassword")).toHaveText("Wrong password.");
  await del.getByLabel("Current password").fill(newPassword);
  await del.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  expect(await e2eQuery(`SELECT id FROM "User" WHERE email = $1`, [email])).toEqual([]);
  expect(await e2eQuery(`SELECT 1 FROM "Follow" f LEFT JOIN "User" u ON u.id = f."userId" WHERE u.id IS NULL`)).toEqual([]);
  await page.goto("/saved");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsaved/);
});

test("sign-up and reset answers do not reveal which addresses have accounts", async ({ page }) => {
  const existing = "reader@dateline.example";
  const before = devMailbox(existing).length;
  await page.goto("/signup");
  await page.getByLabel("Email").fill(existing);
  await page.getByLabel("Display name").fill("Someone Else");
  await page.getByLabel("Password").fill("tidal orchard lantern");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-success")).toHaveText(`We have sent an email to ${existing}. Open the link in it to confirm your address, then sign in.`);
  await expect.poll(() => devMailbox(existing).length).toBe(before + 1);
  expect(devMailbox(existing).at(-1)!.subject).toContain("tried to create");
  // The existing account still signs in with its own password.
  const [row] = await e2eQuery<{ name: string }>(`SELECT name FROM "User" WHERE email = $1`, [existing]);
  expect(row!.name).toBe("Demo Reader");

  for (const address of [existing, `nobody-${Date.now()}@example.org`]) {
    await page.goto("/forgot-password");
    await page.getByLabel("Email").fill(address);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByTestId("form-success")).toHaveText(`If ${address} has an account, we have sent it a link to choose a new password. The link works once, within an hour.`);
  }
});

test("bad and unknown links get clear errors, never a 500", async ({ page }) => {
  for (const path of ["/reset-password", "/reset-password?token=short", "/verify-email?token=%3Cscript%3E"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.getByTestId("form-error")).toContainText("This link is not valid");
  }
  await page.goto(`/reset-password?token=${"A".repeat(43)}`);
  await page.getByLabel("New password").fill("granite kettle meadow");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("This link is not valid. Request a new one.");
  await page.goto(`/verify-email?token=${"B".repeat(43)}`);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("This link is not valid. Request a new one.");
});

test("a signed-in reader follows from tag and author pages; account pages stay out of search engines", async ({ page }) => {
  await page.goto("/signin?callbackUrl=%2Fmy-feed");
  await page.getByLabel("Email").fill("reader@dateline.example");
  await page.getByLabel("Password").fill(E2E_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/my-feed$/);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  // Save from a section's list: optimistic, lasting, and on Saved.
  await page.goto("/world");
  const card = page.getByTestId("story-list").getByRole("article").first();
  const cardHeadline = (await card.getByRole("heading").textContent())!.trim();
  await settled(page, () => card.getByTestId("bookmark-button").click());
  await expect(card.getByTestId("bookmark-button")).toHaveAttribute("aria-pressed", "true");
  // The button flips before the server has written: wait for the write, not a reload race.
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Bookmark" b JOIN "User" u ON u.id = b."userId" WHERE u.email = 'reader@dateline.example'`)).length).toBe(1);
  await page.reload();
  await expect(page.getByTestId("story-list").getByRole("article").first().getByTestId("bookmark-button")).toHaveAttribute("aria-pressed", "true");
  await page.goto("/saved");
  await expect(page.getByTestId("saved-list")).toContainText(cardHeadline);
  await page.getByTestId("saved-list").getByRole("article").filter({ hasText: cardHeadline }).getByTestId("bookmark-button").click();
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Bookmark" b JOIN "User" u ON u.id = b."userId" WHERE u.email = 'reader@dateline.example'`)).length).toBe(0);

  const [author] = await e2eQuery<{ slug: string; name: string }>(`SELECT slug, name FROM "User" WHERE role <> 'READER' AND slug IN (SELECT u.slug FROM "User" u JOIN "ArticleAuthor" aa ON aa."userId" = u.id) ORDER BY id LIMIT 1`);
  await page.goto(`/authors/${author!.slug}`);
  await settled(page, () => page.getByTestId("follow-button").click());
  await expect(page.getByTestId("follow-button")).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Follow" f JOIN "User" u ON u.id = f."userId" WHERE u.email = 'reader@dateline.example' AND f."authorId" IS NOT NULL`)).length).toBe(1);
  await page.reload();
  await expect(page.getByTestId("follow-button")).toHaveText(/Following/);
  await page.goto("/my-feed");
  await expect(page.getByTestId("following-list")).toContainText(author!.name);
  // Unfollow from My feed itself.
  await page.getByTestId("following-list").getByTestId("follow-button").click();
  // The refreshed page no longer lists it.
  await expect(page.getByTestId("following-list")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("following-list")).toHaveCount(0);
  for (const path of ["/saved", "/account", "/my-feed"]) {
    const response = await page.goto(path);
    expect(response?.headers()["cache-control"], path).toMatch(/private|no-store/);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  }
});

test("an anonymous visitor's follow and account links lead to sign in and back", async ({ page }) => {
  await page.goto("/world");
  await expect(page.getByTestId("bookmark-button")).toHaveCount(0);
  await page.getByRole("link", { name: /Follow/ }).click();
  await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent("/world")}`);
  for (const path of ["/saved", "/my-feed", "/account"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
});

test("changing the password keeps this session and ends the others", async ({ browser }) => {
  const email = `sessions-${Date.now()}@example.org`;
  const password = "tidal orchard lantern";
  const here = await browser.newContext();
  const elsewhere = await browser.newContext();
  const page = await here.newPage();
  const other = await elsewhere.newPage();
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill("Two Devices");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("form-success")).toBeVisible();
  for (const p of [page, other]) {
    await p.goto("/signin?callbackUrl=%2Faccount");
    await p.getByLabel("Email").fill(email);
    await p.getByLabel("Password").fill(password);
    await p.getByRole("button", { name: "Sign in" }).click();
    await expect(p).toHaveURL(/\/account$/);
  }
  await expect(page.getByTestId("unverified")).toBeVisible();
  const change = form(page, "Password");
  await change.getByLabel("Current password").fill(password);
  await change.getByLabel("New password").fill(email);
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(change.getByTestId("error-password")).toBeVisible();
  await change.getByLabel("New password").fill("granite kettle meadow");
  await change.getByRole("button", { name: "Change password" }).click();
  await expect(change.getByTestId("form-success")).toContainText("signed out everywhere else");
  await page.reload();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await other.reload();
  await expect(other).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await here.close();
  await elsewhere.close();
});

test("an unconfirmed reader resends the link, then changes their email through the new address", async ({ page }) => {
  const email = `mover-${Date.now()}@example.org`;
  const moved = `moved-${Date.now()}@example.org`;
  const password = "tidal orchard lantern";
  await page.goto("/signup?callbackUrl=%2Faccount");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Display name").fill("Mover");
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await page.getByRole("link", { name: "Sign in" }).last().click();
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account$/);

  const firstLink = await lastLink(email);
  await page.getByTestId("unverified").getByRole("button", { name: "Send the confirmation link again" }).click();
  await expect(page.getByTestId("unverified").getByTestId("form-success")).toHaveText(`We have sent a new link to ${email}.`);
  await expect.poll(() => devMailbox(email).at(-1)?.link).not.toBe(firstLink);

  const change = form(page, "Email address");
  await change.getByLabel("New email address").fill("not an email");
  await change.getByLabel("Current password").fill(password);
  await change.getByRole("button", { name: "Change email" }).click();
  await expect(change.getByTestId("error-email")).toHaveText("Enter a valid email address, like name@example.org.");
  await change.getByLabel("New email address").fill(moved.toUpperCase());
  await change.getByRole("button", { name: "Change email" }).click();
  await expect(change.getByTestId("form-success")).toContainText(`We have sent a link to ${moved}`);
  await expect(page.getByTestId("current-email")).toHaveText(email);
  await expect(page.getByTestId("pending-email")).toContainText(moved);

  // The older confirmation link for the old address was replaced by the resent one.
  await page.goto(firstLink);
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByTestId("form-error")).toContainText("already been used");

  await page.goto(await lastLink(moved));
  await page.getByRole("button", { name: "Confirm my email address" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Your email address is confirmed.");
  await page.getByRole("link", { name: "Go to your account" }).click();
  await expect(page.getByTestId("current-email")).toHaveText(moved);
  await expect(page.getByTestId("unverified")).toHaveCount(0);
  expect(devMailbox(email).at(-1)!.subject).toContain("was changed");
});
