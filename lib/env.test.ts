import { test } from "node:test";
import assert from "node:assert/strict";
import { parseEnv } from "./env";

test("defaults apply when nothing is set", () => {
  const env = parseEnv({});
  assert.equal(env.PORT, 3000);
  assert.equal(env.SITE_URL, "http://localhost:3000");
  assert.equal(env.SITE_TIME_ZONE, "Europe/London");
  assert.equal(env.DATABASE_URL, undefined);
});

test("empty strings count as unset", () => {
  assert.equal(parseEnv({ DATABASE_URL: "", PORT: "" }).PORT, 3000);
});

test("each bad value is named in one message", () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: "abc" }, /PORT must be a whole number from 1 to 65535/],
    [{ PORT: "70000" }, /PORT must be a whole number/],
    [{ EMBEDDED_PG_PORT: "5.5" }, /EMBEDDED_PG_PORT must be a whole number/],
    [{ DATABASE_URL: "mysql://x" }, /DATABASE_URL must start with postgresql/],
    [{ SITE_URL: "javascript:alert(1)" }, /SITE_URL/],
    [{ SITE_TIME_ZONE: "Mars/Olympus" }, /SITE_TIME_ZONE must be an IANA time zone/],
    [{ NEXTAUTH_SECRET: "short" }, /NEXTAUTH_SECRET must be at least 32/],
    [{ NODE_ENV: "staging" }, /NODE_ENV/],
    [{ MEDIA_MAX_UPLOAD_MB: "lots" }, /MEDIA_MAX_UPLOAD_MB must be a number of megabytes/],
    [{ MEDIA_MAX_UPLOAD_MB: "500" }, /MEDIA_MAX_UPLOAD_MB must be at most 200/],
    [{ MEDIA_MAX_MEGAPIXELS: "0" }, /MEDIA_MAX_MEGAPIXELS must be at least 1/],
  ];
  for (const [input, message] of cases) assert.throws(() => parseEnv(input), message, JSON.stringify(input));
  assert.throws(() => parseEnv({ PORT: "x", SITE_TIME_ZONE: "nope" }), (e: Error) => /PORT/.test(e.message) && /SITE_TIME_ZONE/.test(e.message));
});

test("media settings: 20 MB and 50 megapixels unless set; MEDIA_DIR is optional", () => {
  const env = parseEnv({});
  assert.equal(env.MEDIA_MAX_UPLOAD_MB, 20);
  assert.equal(env.MEDIA_MAX_MEGAPIXELS, 50);
  assert.equal(env.MEDIA_DIR, undefined);
  assert.deepEqual([parseEnv({ MEDIA_MAX_UPLOAD_MB: "5", MEDIA_DIR: "/srv/media" }).MEDIA_MAX_UPLOAD_MB, parseEnv({ MEDIA_DIR: "/srv/media" }).MEDIA_DIR], [5, "/srv/media"]);
});
