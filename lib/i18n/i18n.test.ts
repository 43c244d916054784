// The dictionary, Russian dates and plurals, edition paths and the language switch's targets.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dictionary, dictionaryKeys } from "@/lib/i18n/dictionary";
import { EDITIONS, editionOf, editionOfPath, inEditionPath, stripEditionPath, switchTarget } from "@/lib/i18n/editions";
import { formatDateline, formatShortTime, plural } from "@/lib/i18n/format";
import { editionAlternates } from "@/lib/i18n/metadata";
import { sectionName } from "@/lib/i18n/sections";
import { mediaLabels } from "@/lib/i18n/media-labels";

test("every edition's dictionary has exactly the English keys, each a non-empty string or a function", () => {
  const keys = dictionaryKeys("en").sort();
  assert.ok(keys.length > 50);
  for (const edition of EDITIONS) {
    assert.deepEqual(dictionaryKeys(edition).sort(), keys, edition);
    const t = dictionary(edition) as unknown as Record<string, unknown>;
    for (const key of keys) {
      const value = t[key];
      if (typeof value === "function") assert.ok(String(value(3, "x")).length > 0, `${edition}.${key}`);
      else assert.ok(typeof value === "string" && value.length > 0, `${edition}.${key}`);
    }
  }
});

test("the Russian dictionary is Russian: its words are Cyrillic, not left in English", () => {
  const en = dictionary("en") as unknown as Record<string, unknown>;
  const ru = dictionary("ru") as unknown as Record<string, unknown>;
  const asText = (v: unknown) => (typeof v === "function" ? String(v(5, "Q")) : String(v));
  // Symbols and names are allowed to stay the same; words are not.
  for (const key of dictionaryKeys("ru")) {
    const text = asText(ru[key]);
    if (/[A-Za-z]{3,}/.test(text.replace(/RSS|Atom|Q|YYYY/g, ""))) assert.fail(`ru.${key} has Latin words: ${text}`);
    if (/\p{L}{3,}/u.test(text)) assert.notEqual(text, asText(en[key]), `ru.${key} is the English text`);
  }
});

test("Russian datelines: genitive month, comma before the time, in the publication's time zone", () => {
  const date = new Date("2026-11-28T14:09:00Z");
  assert.equal(formatDateline(date, "Europe/London", "ru"), "28 ноября 2026, 14:09");
  assert.equal(formatDateline(date, "Europe/Moscow", "ru"), "28 ноября 2026, 17:09");
  assert.equal(formatDateline(new Date("2026-03-01T00:30:00Z"), "Europe/Moscow", "ru"), "1 марта 2026, 03:30");
  assert.equal(formatDateline(date, "Europe/London", "en"), "28 November, 2026 14:09");
  // Past midnight in Moscow but not in London: the day follows the configured zone.
  const late = new Date("2026-05-22T22:30:00Z");
  assert.equal(formatDateline(late, "Europe/London", "ru"), "22 мая 2026, 23:30");
  assert.equal(formatDateline(late, "Europe/Moscow", "ru"), "23 мая 2026, 01:30");
});

test("short times: the hour today, a short Russian month otherwise", () => {
  const now = new Date("2026-11-28T18:00:00Z");
  assert.equal(formatShortTime(new Date("2026-11-28T14:09:00Z"), "Europe/London", now, "ru"), "14:09");
  assert.equal(formatShortTime(new Date("2026-11-03T14:09:00Z"), "Europe/London", now, "ru"), "3 ноя");
  assert.equal(formatShortTime(new Date("2026-05-03T14:09:00Z"), "Europe/London", now, "ru"), "3 мая");
  assert.equal(formatShortTime(new Date("2026-11-03T14:09:00Z"), "Europe/London", now, "en"), "3 Nov");
});

test("Russian plurals follow Intl.PluralRules: 1 минута, 2 минуты, 5 минут, 11 минут, 21 минута, 22 минуты", () => {
  const t = dictionary("ru");
  const cases: [number, string][] = [
    [1, "1 минута чтения"], [2, "2 минуты чтения"], [4, "4 минуты чтения"], [5, "5 минут чтения"], [11, "11 минут чтения"],
    [12, "12 минут чтения"], [14, "14 минут чтения"], [21, "21 минута чтения"], [22, "22 минуты чтения"], [25, "25 минут чтения"], [101, "101 минута чтения"], [111, "111 минут чтения"],
  ];
  for (const [n, expected] of cases) assert.equal(t.minRead(n), expected);
  assert.equal(t.storyCount(1), "1 материал");
  assert.equal(t.storyCount(3), "3 материала");
  assert.equal(t.storyCount(0), "0 материалов");
  assert.equal(t.resultsFor(21, "выборы"), "21 результат по запросу «выборы»");
  assert.equal(t.resultsFor(7, "выборы"), "7 результатов по запросу «выборы»");
  assert.equal(t.moreResultsFor(5000, "выборы"), "Более 5000 результатов по запросу «выборы»");
  assert.equal(dictionary("en").moreResultsFor(5000, "harbour"), "More than 5,000 results for “harbour”");
  assert.equal(plural("ru", 1.5, { one: "a", few: "b", many: "c", other: "d" }), "1.5 d");
  assert.equal(dictionary("en").minRead(1), "1 min read");
});

test("edition paths: English at the root, Russian under /ru", () => {
  assert.equal(inEditionPath("ru", "/"), "/ru");
  assert.equal(inEditionPath("ru", "/world"), "/ru/world");
  assert.equal(inEditionPath("en", "/world"), "/world");
  assert.equal(editionOfPath("/ru"), "ru");
  assert.equal(editionOfPath("/ru/news/1-x"), "ru");
  assert.equal(editionOfPath("/russia"), "en");
  assert.equal(editionOfPath("/rus/x"), "en");
  assert.equal(editionOfPath("/"), "en");
  assert.equal(stripEditionPath("/ru/world"), "/world");
  assert.equal(stripEditionPath("/ru"), "/");
  assert.equal(stripEditionPath("/russia"), "/russia");
  assert.equal(editionOf("ru"), "ru");
  assert.equal(editionOf("de"), "en");
  assert.equal(editionOf(null), "en");
});

test("the language switch goes to the equivalent page, else the other front page", () => {
  assert.equal(switchTarget("/", "ru"), "/ru");
  assert.equal(switchTarget("/ru", "en"), "/");
  assert.equal(switchTarget("/world", "ru"), "/ru/world");
  assert.equal(switchTarget("/ru/world", "en"), "/world");
  assert.equal(switchTarget("/russia", "ru"), "/ru/russia");
  assert.equal(switchTarget("/search", "ru"), "/ru/search");
  assert.equal(switchTarget("/ru/search", "en"), "/search");
  for (const page of ["/news/12-harbour", "/tags/climate", "/authors/anna-petrova", "/about", "/saved", "/account", "/signin", "/newsroom"]) assert.equal(switchTarget(page, "ru"), "/ru", page);
  for (const page of ["/ru/news/12-vybory", "/ru/tags/vybory", "/ru/authors/anna-petrova"]) assert.equal(switchTarget(page, "en"), "/", page);
  assert.equal(switchTarget("/ru/%D0%B2", "en"), "/");
});

test("hreflang alternates name every edition and x-default (English)", () => {
  assert.deepEqual(editionAlternates("ru", "/world"), { canonical: "/ru/world", languages: { en: "/world", ru: "/ru/world", "x-default": "/world" } });
  assert.deepEqual(editionAlternates("en", "/"), { canonical: "/", languages: { en: "/", ru: "/ru", "x-default": "/" } });
});

test("section names: the Russian name in the Russian edition, the English one otherwise or as a fallback", () => {
  assert.equal(sectionName({ name: "World", nameRu: "В мире" }, "ru"), "В мире");
  assert.equal(sectionName({ name: "World", nameRu: "В мире" }, "en"), "World");
  assert.equal(sectionName({ name: "World", nameRu: null }, "ru"), "World");
});

test("the players' and gallery's words: the same keys in every edition, and the Russian ones are Russian", () => {
  const en = mediaLabels("en") as unknown as Record<string, unknown>;
  const asText = (v: unknown) => (typeof v === "function" ? String(v("Q", 2, 7)) : String(v));
  for (const edition of EDITIONS) {
    const t = mediaLabels(edition) as unknown as Record<string, unknown>;
    assert.deepEqual(Object.keys(t).sort(), Object.keys(en).sort(), edition);
    for (const key of Object.keys(t)) assert.ok(asText(t[key]).length > 0, `${edition}.${key}`);
  }
  const ru = mediaLabels("ru") as unknown as Record<string, unknown>;
  for (const key of Object.keys(ru)) {
    const text = asText(ru[key]);
    if (/[A-Za-z]{3,}/.test(text.replace(/Q/g, ""))) assert.fail(`ru.${key} has Latin words: ${text}`);
    if (/\p{L}{2,}/u.test(text)) assert.notEqual(text, asText(en[key]), `ru.${key} is the English text`);
  }
  assert.equal(mediaLabels("ru").seconds(10), "10 с");
  assert.equal(mediaLabels("ru").photoOf("Порт", 2, 5), "Порт: фото 2 из 5");
  assert.equal(mediaLabels("en").back(10), "Back 10 seconds");
  assert.equal(dictionary("ru").photoCount(5), "5 фотографий");
  assert.equal(dictionary("ru").photoCount(2), "2 фотографии");
  assert.equal(dictionary("en").photoCount(1), "1 photo");
});
