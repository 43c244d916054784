// Pages signed in as a demo role (or anonymous), closed after each test so that editors left open
// by one test (autosave timers, presence heartbeats) do not load the server during the next.
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { authFile, type DemoRole } from "./db";

const open: BrowserContext[] = [];

export async function as(browser: Browser, role: DemoRole | null): Promise<Page> {
  const context = await browser.newContext(role ? { storageState: authFile(role) } : {});
  open.push(context);
  return context.newPage();
}

/** Use as test.afterEach(closeSessions). */
export async function closeSessions(): Promise<void> {
  await Promise.all(open.splice(0).map((c) => c.close().catch(() => {})));
}
