// Signs in as each demo role through the real sign-in page and saves the session for the specs:
// test.use({ storageState: authFile("editor") }).
import { test as setup, expect } from "@playwright/test";
import { authFile, E2E_PASSWORD, ROLES } from "./db";

for (const role of ROLES) {
  setup(`sign in as ${role}`, async ({ page }) => {
    await page.goto("/signin?callbackUrl=%2F");
    await page.getByLabel("Email").fill(`${role}@dateline.example`);
    await page.getByLabel("Password").fill(E2E_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await page.context().storageState({ path: authFile(role) });
  });
}
