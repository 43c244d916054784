// Two server instances on one database, as docs/DEPLOY.md runs them behind nginx: each keeps its
// reader-data cache in its own memory, so a change made through one must reach the other's cached
// pages (lib/cache-broadcast.ts). A second `next start` of the same build runs beside the e2e site.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { test, expect, type Browser, type Page } from "@playwright/test";
import { authFile, e2eQuery, E2E_DATA_DIR, E2E_SECRET_FILE } from "./db";
import { writeDraft } from "./kit";
import { e2eServerEnv } from "../scripts/lib/e2e-env";
import { nextServerArgs } from "../scripts/lib/next-server";

const run = Date.now().toString(36);
const port = String(Number(process.env.E2E_PORT ?? 3100) + 1);
const other = `http://localhost:${port}`;
let server: ChildProcess | undefined;
let serverLog = "";

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const url = new URL(process.env.DATELINE_TEST_PG ?? "");
  url.pathname = "/dateline_e2e";
  const env = e2eServerEnv({ port, url: url.toString(), secret: fs.readFileSync(E2E_SECRET_FILE, "utf8"), dataDir: E2E_DATA_DIR });
  // Only the main instance runs the scheduler in this test; the second one only serves pages.
  server = spawn(process.execPath, nextServerArgs("start", Number(port)), { env: { ...env, SCHEDULER_INTERVAL_SECONDS: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  server.stdout?.on("data", (d) => (serverLog += d));
  server.stderr?.on("data", (d) => (serverLog += d));
  await expect
    .poll(async () => (await fetch(`${other}/`).catch(() => null))?.status ?? 0, { timeout: 90_000, message: `the second instance did not start:\n${serverLog}` })
    .toBe(200);
});

test.afterAll(async () => {
  if (!server || server.exitCode !== null) return;
  const exited = new Promise((resolve) => server!.once("exit", resolve));
  server.kill("SIGTERM");
  await exited;
});

async function editorPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: authFile("editor") });
  return context.newPage();
}

const read = async (p: string) => {
  const response = await fetch(`${other}${p}`);
  return { status: response.status, html: await response.text() };
};

test("a story published and edited through one instance shows on the other's cached pages", async ({ browser }) => {
  const editor = await editorPage(browser);
  const headline = `Second instance hears the harbour bell ${run}`;
  const id = await writeDraft(editor, headline, "A story written to test two instances.");
  const [row] = await e2eQuery<{ section: string }>(`SELECT s.slug AS section FROM "Article" a JOIN "Section" s ON s.id = a."sectionId" WHERE a.id = $1`, [id]);
  const pages = ["/", `/${row!.section}`, "/feed.xml", `/search?q=${run}`];

  // The other instance caches its pages while the story is a draft.
  for (const p of pages) await read(p);
  for (const p of pages) expect((await read(p)).html, p).not.toContain(headline);

  // Publish through the main instance (the editor's browser talks to it).
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Published");
  for (const p of pages) await expect.poll(async () => (await read(p)).html, { message: p }).toContain(headline);
  const slug = async () => (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [id]))[0]!.slug;
  expect((await read(`/news/${id}-${await slug()}`)).html).toContain(headline);

  // The pages really are cached there: a write behind both instances' backs is not seen.
  await e2eQuery(`UPDATE "Article" SET headline = $2 WHERE id = $1`, [id, `Unseen ${run}`], { invalidate: false });
  for (const p of pages) expect((await read(p)).html, p).not.toContain(`Unseen ${run}`);

  // An edit: the other instance's cached article page and lists follow.
  const edited = `Second instance hears the bell again ${run}`;
  await editor.getByLabel("Headline").fill(edited);
  await editor.getByRole("button", { name: "Save", exact: true }).click();
  await expect(editor.getByTestId("save-status")).toContainText("Saved");
  for (const p of [...pages, `/news/${id}-${await slug()}`]) await expect.poll(async () => (await read(p)).html, { message: p }).toContain(edited);

  // Unpublish: gone from the other instance too, and its article page answers 404.
  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Unpublished");
  for (const p of pages) await expect.poll(async () => (await read(p)).html, { message: p }).not.toContain(edited);
  await expect.poll(async () => (await read(`/news/${id}-${await slug()}`)).status).toBe(404);
});
