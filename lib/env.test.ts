import { test } from "node:test";
import assert from "node:assert/strict";
import { oauthProviders, parseEnv } from "./env";

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
    [{ SMTP_URL: "http://mail.example.org" }, /SMTP_URL must look like smtp:/],
    [{ MAIL_FROM: "not an address" }, /MAIL_FROM must be an address/],
    [{ MEDIA_MAX_UPLOAD_MB: "lots" }, /MEDIA_MAX_UPLOAD_MB must be a number of megabytes/],
    [{ MEDIA_MAX_UPLOAD_MB: "500" }, /MEDIA_MAX_UPLOAD_MB must be at most 200/],
    [{ MEDIA_MAX_MEGAPIXELS: "0" }, /MEDIA_MAX_MEGAPIXELS must be at least 1/],
  ];
  for (const [input, message] of cases) assert.throws(() => parseEnv(input), message, JSON.stringify(input));
  assert.throws(() => parseEnv({ PORT: "x", SITE_TIME_ZONE: "nope" }), (e: Error) => /PORT/.test(e.message) && /SITE_TIME_ZONE/.test(e.message));
});

test("FEED_FULL_TEXT is off unless set to a true value, and rejects anything else", () => {
  assert.equal(parseEnv({}).FEED_FULL_TEXT, false);
  assert.equal(parseEnv({ FEED_FULL_TEXT: "true" }).FEED_FULL_TEXT, true);
  assert.equal(parseEnv({ FEED_FULL_TEXT: "false" }).FEED_FULL_TEXT, false);
  assert.throws(() => parseEnv({ FEED_FULL_TEXT: "sometimes" }), /FEED_FULL_TEXT must be true or false/);
});

test("mail settings accept SMTP URLs and named sender addresses", () => {
  const env = parseEnv({ SMTP_URL: "smtps://user:pw@mail.example.org:465", MAIL_FROM: "Dateline <news@example.org>" });
  assert.equal(env.SMTP_URL, "smtps://user:pw@mail.example.org:465");
  assert.equal(env.MAIL_FROM, "Dateline <news@example.org>");
  assert.equal(parseEnv({ MAIL_FROM: "news@example.org" }).MAIL_FROM, "news@example.org");
});

test("OAuth providers switch on only with both values, and half a pair is an error", () => {
  assert.deepEqual(oauthProviders(parseEnv({})), []);
  assert.deepEqual(oauthProviders(parseEnv({ GITHUB_ID: "id", GITHUB_SECRET: "secret" })), ["github"]);
  assert.deepEqual(oauthProviders(parseEnv({ GOOGLE_CLIENT_ID: "id", GOOGLE_CLIENT_SECRET: "s", GITHUB_ID: "", GITHUB_SECRET: "" })), ["google"]);
  assert.throws(() => parseEnv({ GITHUB_ID: "id" }), /GITHUB_SECRET must be set too/);
  assert.throws(() => parseEnv({ GOOGLE_CLIENT_SECRET: "s" }), /GOOGLE_CLIENT_ID must be set too/);
});

test("media settings: 20 MB and 50 megapixels unless set; MEDIA_DIR is optional", () => {
  const env = parseEnv({});
  assert.equal(env.MEDIA_MAX_UPLOAD_MB, 20);
  assert.equal(env.MEDIA_MAX_MEGAPIXELS, 50);
  assert.equal(env.MEDIA_DIR, undefined);
  assert.deepEqual([parseEnv({ MEDIA_MAX_UPLOAD_MB: "5", MEDIA_DIR: "/srv/media" }).MEDIA_MAX_UPLOAD_MB, parseEnv({ MEDIA_DIR: "/srv/media" }).MEDIA_DIR], [5, "/srv/media"]);
});

test("DATABASE_POOL_SIZE defaults to 5 and must be a whole number from 1 to 100", () => {
  assert.equal(parseEnv({}).DATABASE_POOL_SIZE, 5);
  assert.equal(parseEnv({ DATABASE_POOL_SIZE: "12" }).DATABASE_POOL_SIZE, 12);
  assert.throws(() => parseEnv({ DATABASE_POOL_SIZE: "0" }), /DATABASE_POOL_SIZE/);
  assert.throws(() => parseEnv({ DATABASE_POOL_SIZE: "2.5" }), /DATABASE_POOL_SIZE/);
});

test("WEB_WORKERS defaults to 1 and must be a whole number from 1 to 64", () => {
  assert.equal(parseEnv({}).WEB_WORKERS, 1);
  assert.equal(parseEnv({ WEB_WORKERS: "2" }).WEB_WORKERS, 2);
  for (const bad of ["0", "-1", "1.5", "two", "65", "1e9", " 2x"]) assert.throws(() => parseEnv({ WEB_WORKERS: bad }), /WEB_WORKERS must be/, bad);
  assert.equal(parseEnv({ WEB_WORKERS: "" }).WEB_WORKERS, 1, "empty means unset");
});

test("the proxy refresh: both values or neither, an http(s) URL and a token nginx can match exactly", () => {
  const token = "a".repeat(32);
  assert.equal(parseEnv({}).CACHE_REFRESH_URL, undefined);
  assert.equal(parseEnv({ CACHE_REFRESH_URL: "http://127.0.0.1:80", CACHE_REFRESH_TOKEN: token }).CACHE_REFRESH_TOKEN, token);
  assert.throws(() => parseEnv({ CACHE_REFRESH_URL: "http://127.0.0.1:80" }), /CACHE_REFRESH_TOKEN must be set too/);
  assert.throws(() => parseEnv({ CACHE_REFRESH_TOKEN: token }), /CACHE_REFRESH_URL must be set too/);
  assert.throws(() => parseEnv({ CACHE_REFRESH_URL: "ftp://proxy", CACHE_REFRESH_TOKEN: token }), /CACHE_REFRESH_URL must be the nginx address/);
  for (const bad of ["short", `${token}"; return 200`, `${token} x`, "ж".repeat(40), "a".repeat(65)]) {
    assert.throws(() => parseEnv({ CACHE_REFRESH_URL: "http://127.0.0.1", CACHE_REFRESH_TOKEN: bad }), /CACHE_REFRESH_TOKEN must be 32 to 64/, bad);
  }
});
