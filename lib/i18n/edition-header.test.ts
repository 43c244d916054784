// The signed edition header: only the value proxy.ts makes names an edition; anything a client
// could send instead (the bare edition, another key's signature, junk) is the default edition.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { editionFromHeader, editionHeaderValue } from "@/lib/i18n/edition-header";

test("the proxy's own value names its edition", () => {
  assert.equal(editionFromHeader(editionHeaderValue("ru")), "ru");
  assert.equal(editionFromHeader(editionHeaderValue("en")), "en");
  assert.match(editionHeaderValue("ru"), /^ru\.[A-Za-z0-9_-]{43}$/);
  assert.notEqual(editionHeaderValue("ru"), editionHeaderValue("en"));
});

test("forged or malformed values are the default edition", () => {
  const forged = `ru.${createHmac("sha256", "someone-else's-key-of-at-least-32-chars").update("dateline-edition:ru").digest("base64url")}`;
  for (const value of [null, undefined, "", "ru", "RU", "ru.", forged, `${editionHeaderValue("ru")} `, editionHeaderValue("ru").toUpperCase(), "ru, en", "<script>alert(1)</script>", "ru'; DROP TABLE \"Article\"; --", "\u0440u", "ru\u200b", "x".repeat(100_000)]) {
    assert.equal(editionFromHeader(value), "en", JSON.stringify(value)?.slice(0, 60));
  }
  // The en value's signature does not carry over to ru.
  assert.equal(editionFromHeader(`ru.${editionHeaderValue("en").split(".")[1]}`), "en");
});
