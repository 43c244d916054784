// The reader account pages of the Russian edition (/ru/signin, /ru/signup, /ru/forgot-password,
// /ru/reset-password, /ru/verify-email, /ru/account, /ru/saved, /ru/my-feed): a whole reader's
// journey in Russian (Russian emails with /ru links included), no English UI words left on the
// pages, <html lang="ru">, accessibility, safe callbacks, and bad input answered in Russian by the
// forms and by replayed server actions, never with a 500.
import { test, expect, type Page, type Request } from "@playwright/test";
import { devMailbox, e2eQuery, E2E_PASSWORD } from "./db";
import { captureAction, expectNoSeriousA11y } from "./kit";
import { as, closeSessions } from "./sessions";

test.afterEach(closeSessions);

const base = `http://localhost:${process.env.E2E_PORT ?? 3100}`;

/** A live Russian story, newest first. */
async function russianStory() {
  const [row] = await e2eQuery<{ id: number; slug: string; headline: string }>(
    `SELECT id, slug, headline FROM "Article" WHERE language = 'ru' AND status = 'PUBLISHED' AND "publishedAt" <= now() AND "deletedAt" IS NULL ORDER BY "publishedAt" DESC LIMIT 1`,
  );
  return row!;
}

async function lastMail(to: string, path: string) {
  await expect.poll(() => devMailbox(to).at(-1)?.link ?? "").toContain(`${path}?token=`);
  return devMailbox(to).at(-1)!;
}

function form(page: Page, heading: string) {
  return page.locator("form", { has: page.getByRole("heading", { name: heading }) });
}

/**
 * Latin words left in the page's text, labels and title, outside parts marked as another language
 * (stories of the English edition on Saved and My feed, the "English" language switch). Names
 * and addresses the reader typed, the site's name and a few technical words may stay.
 */
async function englishLeft(page: Page, allowed: string[] = []): Promise<string[]> {
  const found = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    body.querySelectorAll('script, style, template, noscript, [lang]:not([lang="ru"])').forEach((e) => e.remove());
    const attributes = [...body.querySelectorAll("[aria-label], [placeholder], [title], img[alt]")].flatMap((e) => ["aria-label", "placeholder", "title", "alt"].map((a) => e.getAttribute(a) ?? ""));
    return [document.title, body.textContent ?? "", ...attributes].join(" ");
  });
  let text = found;
  for (const word of ["Dateline", "RSS", "Atom", "JSON", ...allowed]) text = text.split(word).join(" ");
  return [...new Set(text.match(/[A-Za-z]{3,}/g) ?? [])];
}

async function expectRussianPage(page: Page, allowed: string[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  // A section without a Russian name (other specs create some) is shown by its English name: content, not the page's words.
  const untranslated = (await e2eQuery<{ name: string }>(`SELECT name FROM "Section" WHERE "nameRu" IS NULL OR "nameRu" = ''`, [], { invalidate: false })).map((r) => r.name);
  expect(await englishLeft(page, [...allowed, ...untranslated]), `English words on ${page.url()}`).toEqual([]);
}

test("a reader signs up, confirms, signs in, saves, follows, manages the account and resets the password, all in Russian", async ({ page }) => {
  test.setTimeout(180_000);
  page.on("dialog", (dialog) => {
    throw new Error(`a script ran: ${dialog.message()}`);
  });
  const email = `ru-journey-${Date.now()}@example.org`;
  const password = "tidal orchard lantern";
  // Hostile text is only text: it is kept as the name and shown escaped.
  const hostileName = `<img src=x onerror=alert(1)> Ольга`;

  // Sign up: Russian page, Russian rules, Russian errors from the browser and from the server.
  await page.goto("/ru/signup");
  await expect(page).toHaveTitle("Регистрация | Dateline");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Регистрация");
  await expect(page.getByText("Не короче 10 символов")).toBeVisible();
  await expectRussianPage(page);
  await expectNoSeriousA11y(page);
  const submit = page.getByRole("button", { name: "Зарегистрироваться" });
  await submit.click();
  await expect(page.getByTestId("error-email")).toHaveText("Введите адрес электронной почты.");
  await expect(page.getByTestId("error-name")).toHaveText("Введите имя.");
  await expect(page.getByTestId("error-password")).toHaveText("Пароль должен быть не короче 10 символов.");
  await page.getByLabel("Электронная почта").fill("<script>alert(1)</script>@example.org");
  await page.getByLabel("Отображаемое имя").fill(hostileName);
  await page.getByLabel("Пароль", { exact: true }).fill("aaaaaaaaaaaa");
  await submit.click();
  await expect(page.getByTestId("error-email")).toHaveText("Введите правильный адрес электронной почты, например name@example.org.");
  await expect(page.getByTestId("error-password")).toHaveText("Пароль не может состоять из одного повторяющегося символа или содержать управляющие символы.");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль", { exact: true }).fill("Password2026!");
  await submit.click();
  await expect(page.getByTestId("error-password")).toContainText("есть в списках распространённых или утёкших паролей");
  await expectRussianPage(page, ["name", "example", "org"]);
  await page.getByLabel("Пароль", { exact: true }).fill(password);
  await submit.click();
  await expect(page.getByTestId("form-success")).toHaveText(`Мы отправили письмо на ${email}. Откройте ссылку в нём, чтобы подтвердить адрес, а затем войдите.`);

  // The confirmation email is Russian and opens the Russian page.
  const verifyMail = await lastMail(email, "/ru/verify-email");
  expect(verifyMail.subject).toBe("Подтвердите адрес электронной почты для Dateline");
  expect(verifyMail.text).toContain("Здравствуйте");
  await page.goto(verifyMail.link!);
  await expect(page).toHaveTitle("Подтверждение адреса электронной почты | Dateline");
  await expectRussianPage(page);
  await page.getByRole("button", { name: "Подтвердить адрес" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Ваш адрес электронной почты подтверждён.");
  await expect(page.getByRole("link", { name: "Войти" })).toHaveAttribute("href", "/ru/signin");
  await page.goto(verifyMail.link!);
  await page.getByRole("button", { name: "Подтвердить адрес" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Эта ссылка уже использована. Если нужно, запросите новую.");

  // Sign in from a Russian story's header: the Russian sign-in page, and back to the story.
  const story = await russianStory();
  const storyPath = `/ru/news/${story.id}-${story.slug}`;
  await page.goto(storyPath);
  await page.getByRole("banner").getByRole("link", { name: "Войти" }).click();
  await expect(page).toHaveURL(`${base}/ru/signin?callbackUrl=${encodeURIComponent(storyPath)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Вход");
  await expectRussianPage(page);
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill("not the password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Неверный адрес электронной почты или пароль.");
  await expectRussianPage(page);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(`${base}${storyPath}`);

  // Save it; Saved lists it, in Russian.
  const save = page.getByTestId("bookmark-button");
  await save.click();
  await expect(save).toHaveAttribute("aria-pressed", "true");
  await expect(save).toContainText("Сохранено");
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Bookmark" b JOIN "User" u ON u.id = b."userId" WHERE u.email = $1`, [email])).length).toBe(1);
  await page.getByRole("banner").getByRole("link", { name: "Сохранённое", exact: true }).click();
  await expect(page).toHaveURL(`${base}/ru/saved`);
  await expect(page).toHaveTitle("Сохранённые материалы | Dateline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Сохранённые материалы");
  await expect(page.getByText("1 материал", { exact: true })).toBeVisible();
  await expect(page.getByTestId("saved-list")).toContainText(story.headline);
  await expect(page.getByTestId("saved-list").getByTestId("bookmark-button")).toContainText("Сохранено");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expectRussianPage(page, [email, "Ольга", "img", "src", "onerror", "alert"]);
  await expectNoSeriousA11y(page);

  // Follow a section from its Russian front; My feed shows it under its Russian name.
  await page.goto("/ru/world");
  const follow = page.getByTestId("follow-button");
  await follow.click();
  await expect(follow).toHaveAttribute("aria-pressed", "true");
  await expect(follow).toContainText("Вы подписаны");
  await expect.poll(async () => (await e2eQuery(`SELECT 1 FROM "Follow" f JOIN "User" u ON u.id = f."userId" WHERE u.email = $1`, [email])).length).toBe(1);
  await page.getByRole("banner").getByRole("link", { name: "Моя лента" }).click();
  await expect(page).toHaveURL(`${base}/ru/my-feed`);
  await expect(page).toHaveTitle("Моя лента | Dateline");
  await expect(page.getByRole("heading", { name: "Ваши подписки" })).toBeVisible();
  const following = page.getByTestId("following-list");
  await expect(following).toContainText("Раздел");
  await expect(following.getByRole("link", { name: "В мире" })).toHaveAttribute("href", "/ru/world");
  await expect(page.getByTestId("feed-list").getByRole("article").first()).toBeVisible();
  // Stories of the English edition may be listed (the reader follows the shared section): they carry lang="en".
  await expectRussianPage(page, [email, "Ольга", "img", "src", "onerror", "alert"]);
  await expectNoSeriousA11y(page);

  // The account page: Russian forms, Russian answers from the browser and the server.
  await page.goto("/ru/account");
  await expect(page).toHaveTitle("Ваш профиль | Dateline");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ваш профиль");
  await expect(page.getByRole("navigation", { name: "Ваше чтение" }).getByRole("link", { name: "Сохранённые материалы" })).toHaveAttribute("href", "/ru/saved");
  await expect(page.getByLabel("Отображаемое имя")).toHaveValue(hostileName);
  await expectRussianPage(page, [email, "Ольга", "img", "src", "onerror", "alert"]);
  await expectNoSeriousA11y(page);
  await page.screenshot({ path: "screenshots/ru-account.png", fullPage: true });
  const name = form(page, "Имя");
  await name.getByLabel("Отображаемое имя").fill("   ");
  await name.getByRole("button", { name: "Сохранить имя" }).click();
  await expect(name.getByTestId("error-name")).toHaveText("Введите имя.");
  await name.getByLabel("Отображаемое имя").fill("Ольга Читательница");
  await name.getByRole("button", { name: "Сохранить имя" }).click();
  await expect(name.getByTestId("form-success")).toHaveText("Имя изменено.");
  await expect(page.getByTestId("account-link")).toContainText("Ольга Читательница");
  const pass = form(page, "Пароль");
  await pass.getByLabel("Текущий пароль").fill("wrong password here");
  await pass.getByLabel("Новый пароль").fill("quiet meadow compass");
  await pass.getByRole("button", { name: "Сменить пароль" }).click();
  await expect(pass.getByTestId("error-currentPassword")).toHaveText("Неверный пароль.");
  const mail = form(page, "Адрес электронной почты");
  await mail.getByLabel("Новый адрес электронной почты").fill(email);
  await mail.getByLabel("Текущий пароль").fill(password);
  await mail.getByRole("button", { name: "Изменить адрес" }).click();
  await expect(mail.getByTestId("error-email")).toHaveText("Это и есть ваш текущий адрес.");
  const del = form(page, "Удаление учётной записи");
  await del.getByRole("button", { name: "Удалить учётную запись" }).click();
  await expect(del.getByTestId("error-currentPassword")).toHaveText("Введите пароль.");
  await expect(del.getByTestId("error-confirm")).toHaveText("Поставьте галочку, чтобы подтвердить.");
  await expectRussianPage(page, [email, "Ольга"]);

  // Sign out: back to the Russian front page.
  await page.getByRole("banner").getByRole("button", { name: "Выйти" }).click();
  await expect(page).toHaveURL(`${base}/ru`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Войти" })).toBeVisible();

  // Forgotten password, in Russian, with a Russian email and link.
  await page.goto("/ru/signin");
  await page.getByRole("link", { name: "Забыли пароль?" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Восстановление пароля");
  await expectRussianPage(page);
  await expectNoSeriousA11y(page);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByTestId("error-email")).toHaveText("Введите адрес электронной почты.");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByTestId("form-success")).toHaveText(`Если у ${email} есть учётная запись, мы отправили на этот адрес ссылку для выбора нового пароля. Ссылка действует один раз в течение часа.`);
  const resetMail = await lastMail(email, "/ru/reset-password");
  expect(resetMail.subject).toBe("Восстановление пароля Dateline");
  await page.goto(resetMail.link!);
  await expect(page).toHaveTitle("Новый пароль | Dateline");
  await expectRussianPage(page);
  await expectNoSeriousA11y(page);
  await page.getByLabel("Новый пароль").fill("qwertyuiop");
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page.getByTestId("error-password")).toContainText("распространённых или утёкших");
  const newPassword = "granite kettle meadow";
  await page.getByLabel("Новый пароль").fill(newPassword);
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page.getByTestId("form-success")).toHaveText("Пароль изменён. Войдите с новым паролем.");
  await page.goto(`/ru/signin?callbackUrl=${encodeURIComponent("/ru/account")}`);
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(newPassword);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(`${base}/ru/account`);

  // Delete the account: Russian to the end, then the Russian front page.
  const deletion = form(page, "Удаление учётной записи");
  await deletion.getByLabel("Текущий пароль").fill(newPassword);
  await deletion.getByLabel("Я понимаю").check();
  await deletion.getByRole("button", { name: "Удалить учётную запись" }).click();
  await expect(page).toHaveURL(`${base}/ru`);
  expect(await e2eQuery(`SELECT id FROM "User" WHERE email = $1`, [email])).toEqual([]);
});

test("the Russian auth pages: lang=ru, Russian titles, noindex, no English, no serious accessibility problems; signed-out readers go to /ru/signin", async ({ page }) => {
  test.slow();
  const token = "A".repeat(43);
  const pages: [string, string][] = [
    ["/ru/signin", "Вход"],
    ["/ru/signup", "Регистрация"],
    ["/ru/forgot-password", "Восстановление пароля"],
    [`/ru/reset-password?token=${token}`, "Новый пароль"],
    [`/ru/verify-email?token=${token}`, "Подтверждение адреса электронной почты"],
    ["/ru/reset-password", "Новый пароль"],
    ["/ru/verify-email?token=%3Cscript%3E", "Подтверждение адреса электронной почты"],
  ];
  for (const [path, title] of pages) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page).toHaveTitle(`${title} | Dateline`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ru_RU");
    await expect(page.getByRole("link", { name: "Dateline" })).toHaveAttribute("href", "/ru");
    await expectRussianPage(page);
    await expectNoSeriousA11y(page);
  }
  // Links that cannot work say so in Russian.
  await page.goto("/ru/reset-password?token=short");
  await expect(page.getByTestId("form-error")).toHaveText("Эта ссылка недействительна. Скопируйте ссылку из письма целиком или запросите новую.");
  await expect(page.getByRole("link", { name: "запросите новую" })).toHaveAttribute("href", "/ru/forgot-password");
  await page.goto(`/ru/reset-password?token=${token}`);
  await page.getByLabel("Новый пароль").fill("granite kettle meadow");
  await page.getByRole("button", { name: "Сохранить новый пароль" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Эта ссылка недействительна. Запросите новую.");
  await expect(page.getByRole("link", { name: "Запросить новую ссылку" })).toHaveAttribute("href", "/ru/forgot-password");
  await page.goto(`/ru/verify-email?token=${token}`);
  await page.getByRole("button", { name: "Подтвердить адрес" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Эта ссылка недействительна. Запросите новую.");

  // OAuth failures are explained in Russian; unknown codes show nothing.
  await page.goto("/ru/signin?error=no-account");
  await expect(page.getByTestId("form-error")).toHaveText(/^Учётной записи с этим адресом нет/);
  await page.goto("/ru/signin?error=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  await expect(page.getByTestId("form-error")).toHaveCount(0);

  await page.goto("/ru/signin");
  await page.screenshot({ path: "screenshots/ru-signin.png", fullPage: true });

  // Signed out, the Russian reader pages send to the Russian sign-in page and back.
  for (const path of ["/ru/saved", "/ru/my-feed", "/ru/account", "/ru/saved?page=2"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`${base}/ru/signin?callbackUrl=${encodeURIComponent(path)}`);
  }
  await page.goto("/ru/world");
  await expect(page.getByRole("main").getByRole("link", { name: /Подписаться/ }).first()).toHaveAttribute("href", "/ru/signin?callbackUrl=%2Fru%2Fworld");
  const story = await russianStory();
  await page.goto(`/ru/news/${story.id}-${story.slug}`);
  await expect(page.getByRole("link", { name: /В закладки/ })).toHaveAttribute("href", `/ru/signin?callbackUrl=${encodeURIComponent(`/ru/news/${story.id}-${story.slug}`)}`);
  // The English pages are where they were, in English.
  await page.goto("/signin");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  const robots = await (await page.request.get("/robots.txt")).text();
  for (const rule of ["Disallow: /signin", "Disallow: /account", "Disallow: /ru/signin", "Disallow: /ru/account"]) expect(robots).toContain(rule);
});

test("callbacks: /ru pages are kept, other sites are refused", async ({ browser }) => {
  const reader = await as(browser, "reader");
  await reader.goto(`/ru/signin?callbackUrl=${encodeURIComponent("/ru/my-feed")}`);
  await expect(reader).toHaveURL(`${base}/ru/my-feed`);
  for (const evil of ["https://evil.example/ru", "//evil.example/ru", "/\\evil.example"]) {
    await reader.goto(`/ru/signin?callbackUrl=${encodeURIComponent(evil)}`);
    await expect(reader).toHaveURL(`${base}/ru`);
  }
  // Signing in with a hostile callback ends on the Russian front page.
  const anonymous = await as(browser, null);
  await anonymous.goto(`/ru/signin?callbackUrl=${encodeURIComponent("https://evil.example/")}`);
  await anonymous.getByLabel("Электронная почта").fill("reader@dateline.example");
  await anonymous.getByLabel("Пароль").fill(E2E_PASSWORD);
  await anonymous.getByRole("button", { name: "Войти" }).click();
  await expect(anonymous).toHaveURL(`${base}/ru`);
});

/** Replays a captured server action with another body: the status and the answer's text. */
async function replay(page: Page, captured: Request, body: unknown[], url = captured.url()) {
  const response = await page.request.post(url, {
    headers: { "next-action": captured.headers()["next-action"]!, accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify(body),
  });
  return { status: response.status(), text: await response.text() };
}

test("bad input on the Russian forms gets Russian errors and never a 500, also from replayed actions", async ({ page }) => {
  test.slow();
  // Sign-in: empty, overlong and hostile input; then the lockout says how long to wait, in Russian.
  await page.goto("/ru/signin");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Введите адрес электронной почты и пароль.");
  const nobody = `nobody-ru-${Date.now()}@dateline.example`;
  await page.getByLabel("Электронная почта").fill(`<script>alert(1)</script>${"x".repeat(3000)}`);
  await page.getByLabel("Пароль").fill("y".repeat(3000));
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Неверный адрес электронной почты или пароль.");
  await page.getByLabel("Электронная почта").fill(nobody);
  for (let i = 0; i < 5; i++) {
    await page.getByLabel("Пароль").fill(`wrong-${i}`);
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByTestId("form-error")).toHaveText("Неверный адрес электронной почты или пароль.");
  }
  await page.getByLabel("Пароль").fill("wrong-again");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByTestId("form-error")).toHaveText("Слишком много неудачных попыток. Попробуйте снова через минуту.");
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");

  // Server actions: capture a real request, then replay it with bad bodies.
  await page.goto("/ru/forgot-password");
  await page.getByLabel("Электронная почта").fill(`nobody-${Date.now()}@example.org`);
  const reset = await captureAction(page, () => page.getByRole("button", { name: "Отправить ссылку" }).click());
  await expect(page.getByTestId("form-success")).toContainText("Если у");
  const cases: [unknown[], string][] = [
    [[{}], "Введите адрес электронной почты."],
    [[{ email: "" }], "Введите адрес электронной почты."],
    [[{ email: "x".repeat(100_000) }], "Адрес электронной почты — не длиннее 254 символов."],
    [[{ email: "<script>alert(1)</script>" }], "Введите правильный адрес электронной почты, например name@example.org."],
    [[{ email: { $ne: null } }], "Введите адрес электронной почты."],
    [[{ email: ["a@example.org"] }], "Введите адрес электронной почты."],
  ];
  for (const [body, message] of cases) {
    const answer = await replay(page, reset, body);
    expect(answer.status, JSON.stringify(body).slice(0, 80)).toBeLessThan(500);
    expect(answer.text, JSON.stringify(body).slice(0, 80)).toContain(message);
    expect(answer.text).not.toContain("<script>alert");
  }
  for (const body of [[null], ["<b>bold</b>"], [42], []]) {
    const answer = await replay(page, reset, body);
    expect(answer.status, JSON.stringify(body)).toBeLessThan(500);
    expect(answer.text, JSON.stringify(body)).toContain("Не удалось прочитать форму. Обновите страницу и попробуйте ещё раз.");
  }
  // The language comes from the page the action is posted to, and only picks the words.
  expect((await replay(page, reset, [{ email: "" }], `${base}/forgot-password`)).text).toContain("Enter your email address.");

  // Sign-up, replayed with huge and hostile fields.
  await page.goto("/ru/signup");
  await page.getByLabel("Электронная почта").fill(`ru-probe-${Date.now()}@example.org`);
  await page.getByLabel("Отображаемое имя").fill("Проба");
  await page.getByLabel("Пароль", { exact: true }).fill("tidal orchard lantern");
  const signUp = await captureAction(page, () => page.getByRole("button", { name: "Зарегистрироваться" }).click());
  await expect(page.getByTestId("form-success")).toContainText("Мы отправили письмо");
  const huge = await replay(page, signUp, [{ email: "a@example.org", name: "Ж".repeat(50_000), password: "z".repeat(50_000) }]);
  expect(huge.status).toBeLessThan(500);
  expect(huge.text).toContain("Имя — не длиннее 80 символов.");
  expect(huge.text).toContain("Пароль должен быть не длиннее 128 символов.");
  const empty = await replay(page, signUp, [{ email: "", name: "", password: "" }]);
  expect(empty.text).toContain("Введите имя.");
  const controls = await replay(page, signUp, [{ email: "a@example.org", name: "Имя", password: "abc\u0000defghijkl" }]);
  expect(controls.text).toContain("Пароль не может состоять из одного повторяющегося символа или содержать управляющие символы.");

  // Signed out, an account action answers in Russian that the session has ended.
  const reader = await as(page.context().browser()!, "reader");
  await reader.goto("/ru/account");
  const rename = await captureAction(reader, async () => {
    await form(reader, "Имя").getByLabel("Отображаемое имя").fill("Demo Reader");
    await form(reader, "Имя").getByRole("button", { name: "Сохранить имя" }).click();
  });
  await expect(form(reader, "Имя").getByTestId("form-success")).toHaveText("Имя изменено.");
  const anonymous = await replay(page, rename, [{ name: "Захватчик" }]);
  expect(anonymous.status).toBeLessThan(500);
  expect(anonymous.text).toContain("Сеанс завершён. Войдите снова.");
  const [row] = await e2eQuery<{ name: string }>(`SELECT name FROM "User" WHERE email = 'reader@dateline.example'`);
  expect(row!.name).toBe("Demo Reader");
});
