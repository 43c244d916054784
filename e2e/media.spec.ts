// Photo galleries, inline images, video and audio in article bodies, driven by keyboard.
import { test, expect, type Page } from "@playwright/test";
import { e2eQuery } from "./db";
import { expectNoSeriousA11y } from "./kit";

async function openStory(page: Page, headlineStart: string, edition: "" | "/ru" = "") {
  const [row] = await e2eQuery<{ id: number; slug: string }>(`SELECT id, slug FROM "Article" WHERE headline LIKE $1 || '%' AND status = 'PUBLISHED'`, [headlineStart]);
  expect(row, headlineStart).toBeTruthy();
  await page.goto(`${edition}/news/${row!.id}-${row!.slug}`);
}

test("a photo gallery opens in a viewer that works by keyboard", async ({ page }) => {
  await openStory(page, "48 hours in Calvera");
  const gallery = page.getByTestId("gallery");
  await expect(gallery.getByRole("link")).toHaveCount(4);
  await gallery.getByRole("link").first().focus();
  await page.keyboard.press("Enter");
  const viewer = page.getByRole("dialog");
  await expect(viewer).toBeVisible();
  await expect(viewer).toHaveAccessibleName(/photo 1 of 4/);
  await page.keyboard.press("ArrowRight");
  await expect(viewer).toHaveAccessibleName(/photo 2 of 4/);
  await expect(viewer.getByRole("img")).toHaveAttribute("alt", /harbour with a container ship/);
  await expect(viewer.getByRole("img")).toHaveJSProperty("complete", true);
  await page.screenshot({ path: "screenshots/gallery-viewer.png" });
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowLeft");
  await expect(viewer).toHaveAccessibleName(/photo 4 of 4/);
  await viewer.getByRole("button", { name: "Next photo →" }).click();
  await expect(viewer).toHaveAccessibleName(/photo 1 of 4/);
  await expectNoSeriousA11y(page);
  await page.keyboard.press("Escape");
  await expect(viewer).toBeHidden();
  await expect(gallery.getByRole("link").first()).toBeFocused();
});

test("without JavaScript gallery thumbnails link to the full images", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await openStory(page, "48 hours in Calvera");
  await expect(page.getByTestId("gallery").getByRole("link").first()).toHaveAttribute("href", "/demo/travel-2.jpg");
  await context.close();
});

test("an inline image shows with its caption", async ({ page }) => {
  await openStory(page, "Night train to Sosnovy Mys");
  const figure = page.locator(".article-body figure").filter({ hasText: "rebuilt steel bridge" });
  await expect(figure.getByRole("img")).toHaveAttribute("alt", /steel arched bridge/);
});

test("the video plays, pauses, steps and mutes from accessible controls", async ({ page }) => {
  await openStory(page, "Dockworkers’ strike at Port Aldric");
  const player = page.getByTestId("video-player");
  const video = player.locator("video");
  const controls = player.getByRole("group", { name: /player controls/ });
  await expect(controls).toBeVisible();
  await expect(video).not.toHaveAttribute("controls", "");
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  await video.evaluate((v: HTMLVideoElement) => (v.muted = true));
  await controls.getByRole("button", { name: "Play" }).click();
  await expect(controls.getByRole("button", { name: "Pause" })).toBeVisible();
  await controls.getByRole("button", { name: "Pause" }).click();
  await expect(controls.getByRole("button", { name: "Play" })).toBeVisible();
  await controls.getByRole("button", { name: "Forward 10 seconds" }).click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(10);
  await controls.getByRole("button", { name: "Back 10 seconds" }).click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeLessThan(10);
  const mute = controls.getByRole("button", { name: "Mute" });
  await expect(mute).toHaveAttribute("aria-pressed", "true");
  await mute.click();
  await expect(mute).toHaveAttribute("aria-pressed", "false");
  await expect(controls.getByRole("slider", { name: "Seek" })).toHaveAttribute("aria-valuetext", /\d:\d\d of 0:[1-5]\d/);
  await expect(controls.getByRole("button", { name: "Captions" })).toHaveAttribute("aria-pressed", "true");
  await player.screenshot({ path: "screenshots/video-player.png" });
  await expectNoSeriousA11y(page);
});

test("the audio piece has controls and a transcript", async ({ page }) => {
  await openStory(page, "Belozorsk drama theatre reopens");
  const player = page.getByTestId("audio-player");
  await expect(player.getByRole("button", { name: "Play" })).toBeVisible();
  await expect(player.getByRole("button", { name: "Back 10 seconds" })).toBeVisible();
  await page.getByText("Transcript").click();
  await expect(page.locator("details p").first()).toContainText("Belozorsk");
});

test("a Russian story's gallery and video speak Russian: viewer, controls, captions", async ({ page }) => {
  await openStory(page, "Жители Ольховца", "/ru");
  await expect(page.getByRole("complementary", { name: "Цитата" })).toContainText("только по фотографиям");

  await openStory(page, "Зимний маршрут по Верее", "/ru");
  const gallery = page.getByTestId("gallery");
  await expect(gallery.locator(":scope > figcaption")).toHaveText("Верея зимой в фотографиях · 4 фотографии");
  await expect(gallery.getByRole("link", { name: /Открыть фото 1 из 4 в просмотрщике/ })).toBeVisible();
  await gallery.getByRole("link").first().focus();
  await page.keyboard.press("Enter");
  const viewer = page.getByRole("dialog");
  await expect(viewer).toHaveAccessibleName("Верея зимой в фотографиях: фото 1 из 4");
  await page.keyboard.press("ArrowRight");
  await expect(viewer).toHaveAccessibleName("Верея зимой в фотографиях: фото 2 из 4");
  await expect(viewer.getByRole("button", { name: "Следующее фото →" })).toBeVisible();
  await expect(viewer.getByRole("button", { name: "← Предыдущее фото" })).toBeVisible();
  await expect(viewer).not.toContainText(/Close|photo/);
  await viewer.getByRole("button", { name: "Закрыть" }).click();
  await expect(viewer).toBeHidden();

  await openStory(page, "Порт Сальмира впервые", "/ru");
  const player = page.getByTestId("video-player");
  const video = player.locator("video");
  const controls = player.getByRole("group", { name: /: управление воспроизведением$/ });
  await expect(controls).toBeVisible();
  await expect(video.locator("track")).toHaveAttribute("srclang", "ru");
  await expect(video.locator("track")).toHaveAttribute("label", "Русский");
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState)).toBeGreaterThanOrEqual(1);
  await video.evaluate((v: HTMLVideoElement) => (v.muted = true));
  await controls.getByRole("button", { name: "Воспроизвести" }).click();
  await controls.getByRole("button", { name: "Пауза" }).click();
  await controls.getByRole("button", { name: "Вперёд на 10 секунд" }).click();
  await expect.poll(() => video.evaluate((v: HTMLVideoElement) => v.currentTime)).toBeGreaterThanOrEqual(10);
  await expect(controls.getByRole("button", { name: "Назад на 10 секунд" })).toBeVisible();
  await expect(controls.getByRole("button", { name: "Без звука" })).toHaveAttribute("aria-pressed", "true");
  await expect(controls.getByRole("button", { name: "Субтитры" })).toHaveAttribute("aria-pressed", "true");
  await expect(controls.getByRole("slider", { name: "Перемотка" })).toHaveAttribute("aria-valuetext", /^\d:\d\d из 0:[1-5]\d$/);
  await expect(controls.getByRole("button", { name: "Вперёд на 10 секунд" })).toHaveText("+10 с");
  await expect(controls).not.toContainText(/Play|Pause|Mute|Captions|\d+s\b/);
  // The Russian subtitles are served and are Russian.
  const vtt = await (await page.request.get((await video.locator("track").getAttribute("src"))!)).text();
  expect(vtt).toContain("забастовка докеров");
  await player.screenshot({ path: "screenshots/video-player-ru.png" });
  await expectNoSeriousA11y(page);
});
