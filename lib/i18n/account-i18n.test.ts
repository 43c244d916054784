// The reader account pages in both editions: the three tables (form and action messages, page
// words, emails) have the same keys in every language and the Russian ones are Russian; the shared
// schemas answer bad input in the form's language; sign-in codes; safe callbacks to /ru pages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { EDITIONS } from "@/lib/i18n/editions";
import { accountMessageKeys, accountMessages, signInErrorText, SIGN_IN_ERROR } from "@/lib/i18n/account-messages";
import { accountPageKeys, accountPageWords } from "@/lib/i18n/account-pages";
import { accountMail, accountMailKeys } from "@/lib/i18n/account-mail";
import { accountSchemas, emailSchema, fieldErrors } from "@/lib/validations/account";
import { safeCallbackPath } from "@/lib/urls";

type Table = Record<string, unknown>;
const tables: [string, (e: (typeof EDITIONS)[number]) => Table, (e: (typeof EDITIONS)[number]) => string[]][] = [
  ["account-messages", (e) => accountMessages(e) as unknown as Table, accountMessageKeys],
  ["account-pages", (e) => accountPageWords(e) as unknown as Table, accountPageKeys],
  ["account-mail", (e) => accountMail(e) as unknown as Table, accountMailKeys],
];

/** Every text a value can produce: strings, arrays and records of strings, functions called with samples. */
function texts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  // Called with sample strings and with numbers; a call with the wrong kind or number of arguments (NaN, undefined) is dropped.
  if (typeof value === "function") return [String(value("reader@example.org", "Dateline", "https://news.example/ru/x", "https://news.example/y")), String(value(300)), String(value(1))].filter((t) => !/NaN|undefined/.test(t));
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === "object") return Object.values(value).flatMap(texts);
  return [];
}

function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.length;
  if (value && typeof value === "object") return Object.keys(value).sort();
  return typeof value;
}

test("every account table has the English keys and shapes in every edition, none empty", () => {
  for (const [name, table, keys] of tables) {
    const reference = keys("en").sort();
    assert.ok(reference.length > 5, name);
    for (const edition of EDITIONS) {
      assert.deepEqual(keys(edition).sort(), reference, `${name} ${edition}`);
      for (const key of reference) {
        assert.deepEqual(shape(table(edition)[key]), shape(table("en")[key]), `${name} ${edition}.${key}`);
        for (const text of texts(table(edition)[key])) assert.ok(text.trim().length > 0, `${name} ${edition}.${key}`);
      }
    }
  }
});

test("the Russian account tables are Russian: no English words left", () => {
  // Names, addresses and technical words may stay Latin.
  const allowed = /reader@example\.org|name@example\.org|Dateline|https?:\/\/\S+|GitHub|Google|JSON|\bJS\b/g;
  for (const [name, table, keys] of tables) {
    for (const key of keys("ru")) {
      for (const text of texts(table("ru")[key])) {
        const rest = text.replace(allowed, "");
        if (/[A-Za-z]{3,}/.test(rest)) assert.fail(`${name} ru.${key} has Latin words: ${text}`);
        assert.match(text, /[А-Яа-яЁё]/, `${name} ru.${key}`);
      }
    }
  }
});

test("waits are counted in each language's plural forms", () => {
  const en = accountMessages("en");
  const ru = accountMessages("ru");
  assert.equal(en.wait(30), "a minute");
  assert.equal(en.wait(300), "5 minutes");
  assert.equal(ru.wait(30), "минуту");
  assert.equal(ru.wait(180), "3 минуты");
  assert.equal(ru.wait(300), "5 минут");
  assert.equal(ru.wait(21 * 60), "21 минуту");
  assert.equal(ru.tooManyWrongPasswords(120), "Слишком много неверных паролей. Попробуйте снова через 2 минуты.");
});

test("the schemas answer bad input in the form's language, with the same rules", () => {
  const ru = accountSchemas("ru");
  const errors = (input: unknown) => {
    const result = ru.signUpSchema.safeParse(input);
    assert.equal(result.success, false);
    return fieldErrors(result.error!);
  };
  assert.deepEqual(errors({ email: "", name: "", password: "" }), { email: "Введите адрес электронной почты.", name: "Введите имя.", password: "Пароль должен быть не короче 10 символов." });
  assert.deepEqual(errors({}), { email: "Введите адрес электронной почты.", name: "Введите имя.", password: "Придумайте пароль." });
  const hostile = "<script>alert(1)</script>";
  const huge = errors({ email: `${"a".repeat(5000)}@example.org`, name: "x".repeat(5000), password: "y".repeat(5000) });
  assert.deepEqual(huge, { email: "Адрес электронной почты — не длиннее 254 символов.", name: "Имя — не длиннее 80 символов.", password: "Пароль должен быть не длиннее 128 символов." });
  assert.equal(errors({ email: hostile, name: "Имя", password: "tidal orchard lantern" }).email, "Введите правильный адрес электронной почты, например name@example.org.");
  assert.match(errors({ email: "reаder@example.org", name: "Ann", password: "tidal orchard lantern" }).email ?? "", /латинскими буквами/);
  assert.equal(errors({ email: "ann@example.org", name: "Ann", password: "ann@example.org" }).password, "Пароль не может совпадать с адресом электронной почты.");
  assert.equal(fieldErrors(ru.tokenSchema.safeParse("../../etc/passwd").error!).form, "Эта ссылка недействительна. Скопируйте ссылку из письма целиком.");
  assert.equal(fieldErrors(ru.deleteAccountSchema.safeParse({ currentPassword: "x" }).error!).confirm, "Поставьте галочку, чтобы подтвердить.");
  assert.equal(fieldErrors(ru.bookmarkSchema.safeParse({ articleId: "<b>", saved: true }).error!).articleId, "Неизвестный объект.");
  // English is unchanged, and the English schemas are the default exports.
  assert.equal(accountSchemas("en").emailSchema, emailSchema);
  assert.equal(fieldErrors(emailSchema.safeParse("").error!).form, "Enter your email address.");
  // Both editions accept and normalise the same input.
  assert.equal(ru.emailSchema.parse("  Reader@Example.ORG "), "reader@example.org");
});

test("sign-in failures are codes, shown in the page's language; unknown codes are a generic failure", () => {
  assert.equal(signInErrorText(SIGN_IN_ERROR.invalid, "en"), "Wrong email or password.");
  assert.equal(signInErrorText("CredentialsSignin", "ru"), "Неверный адрес электронной почты или пароль.");
  assert.equal(signInErrorText(SIGN_IN_ERROR.locked(59), "en"), "Too many failed attempts. Try again in a minute.");
  assert.equal(signInErrorText(SIGN_IN_ERROR.locked(300), "ru"), "Слишком много неудачных попыток. Попробуйте снова через 5 минут.");
  assert.equal(signInErrorText(SIGN_IN_ERROR.disabled, "ru"), "Эта учётная запись заблокирована. Обратитесь к администратору.");
  assert.equal(signInErrorText(SIGN_IN_ERROR.missing, "ru"), "Введите адрес электронной почты и пароль.");
  for (const odd of ["<script>alert(1)</script>", "locked:abc", "locked:99999999", "Configuration", ""]) assert.equal(signInErrorText(odd, "ru"), "Не удалось войти. Попробуйте ещё раз.", odd);
});

test("callbacks to Russian pages are kept; other sites and odd paths are refused", () => {
  assert.equal(safeCallbackPath("/ru/news/12-vybory"), "/ru/news/12-vybory");
  assert.equal(safeCallbackPath("/ru/saved?page=2", "/ru"), "/ru/saved?page=2");
  assert.equal(safeCallbackPath("/ru"), "/ru");
  for (const bad of ["https://evil.example/ru", "//evil.example/ru", "/\\evil.example", "ru/saved", "/ru\u0000/x", "javascript:alert(1)", `/ru/${"x".repeat(600)}`, undefined, 42]) {
    assert.equal(safeCallbackPath(bad, "/ru"), "/ru", String(bad));
  }
});

test("an OAuth failure goes back to the edition its sign-in started from, and only to a path on this site", async () => {
  const { editionOfCallbackCookie } = await import("@/lib/auth/oauth-edition");
  assert.deepEqual(editionOfCallbackCookie("http://news.example/ru/news/12-vybory?x=1"), { edition: "ru", callbackPath: "/ru/news/12-vybory?x=1" });
  assert.deepEqual(editionOfCallbackCookie("/ru"), { edition: "ru", callbackPath: "/ru" });
  assert.deepEqual(editionOfCallbackCookie("https://evil.example/world"), { edition: "en", callbackPath: "/world" });
  assert.deepEqual(editionOfCallbackCookie("https://evil.example//evil.example/ru"), { edition: "en", callbackPath: "/" });
  assert.deepEqual(editionOfCallbackCookie(undefined), { edition: "en", callbackPath: "/" });
  assert.deepEqual(editionOfCallbackCookie("http://["), { edition: "en", callbackPath: "/" });
});
