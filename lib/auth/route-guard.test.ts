// What /api/auth refuses before next-auth sees it (lib/auth/route-guard.ts): exactly the input
// next-auth v4 answers with a 500, and nothing a real sign-in, sign-out or session poll sends.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_AUTH_BODY, parseAuthBody, parseCookies, refuseAuthRequest, validCallbackUrl } from "@/lib/auth/route-guard";

const base = "http://localhost:3000";
const ask = (over: Partial<Parameters<typeof refuseAuthRequest>[0]> & { query?: string } = {}) =>
  refuseAuthRequest({ method: "GET", segments: ["session"], search: new URLSearchParams(over.query ?? ""), cookie: null, base, ...over });

test("what the site itself sends passes", () => {
  assert.equal(ask(), null);
  assert.equal(ask({ query: "callbackUrl=%2Fsaved" }), null);
  assert.equal(ask({ query: `callbackUrl=${encodeURIComponent("http://localhost:3000/ru/account?x=1")}` }), null);
  assert.equal(ask({ segments: ["signin", "credentials"], method: "POST", fields: { email: "a@b.c", password: "x", csrfToken: "t", callbackUrl: "/newsroom", json: "true" } }), null);
  assert.equal(ask({ segments: ["callback", "credentials"], method: "POST", fields: { callbackUrl: "" } }), null);
  assert.equal(ask({ segments: ["callback", "github"], query: "error=access_denied&error_description=The+user+said+no" }), null);
  assert.equal(ask({ segments: ["error"], query: "error=CredentialsSignin" }), null);
  assert.equal(ask({ segments: ["error"], query: "error=locked:120" }), null);
  assert.equal(ask({ cookie: `next-auth.session-token=abc; next-auth.callback-url=${encodeURIComponent("http://localhost:3000/")}` }), null);
});

test("callback addresses next-auth cannot read are refused: query, body or cookie", () => {
  for (const url of ["abc", "javascript:alert(1)", "<script>", "' OR 1=1 --", "\u202e/x", "ftp://x", `/${"a".repeat(2001)}`]) {
    assert.equal(validCallbackUrl(url, base), false, url.slice(0, 30));
    assert.equal(ask({ query: `callbackUrl=${encodeURIComponent(url)}` })?.status, 400, url.slice(0, 30));
    assert.equal(ask({ method: "POST", segments: ["signin", "credentials"], fields: { callbackUrl: url } })?.status, 400, url.slice(0, 30));
  }
  assert.equal(ask({ query: "callbackUrl=%2Fa&callbackUrl=%2Fb" })?.status, 400, "two of them");
  const cookie = ask({ cookie: "next-auth.session-token=abc; next-auth.callback-url=abc" });
  assert.deepEqual(cookie, { status: 400, error: "The sign-in return address cookie was not valid and has been cleared; try again.", clearCookies: ["next-auth.callback-url"] });
  assert.deepEqual(ask({ cookie: "__Secure-next-auth.callback-url=%E0%A4%A" })?.clearCookies, ["__Secure-next-auth.callback-url"]);
});

test("an error that is not a short code, and the password callback without POST, are refused", () => {
  for (const error of ["%E0%A4%A", "ж", "<script>", "a b", "x".repeat(101)]) {
    assert.equal(ask({ segments: ["error"], query: `error=${error.startsWith("%") ? error : encodeURIComponent(error)}` })?.status, 400, error.slice(0, 20));
  }
  assert.equal(ask({ segments: ["callback", "credentials"] })?.status, 405);
  assert.equal(ask({ segments: ["callback", "credentials"], method: "POST" }), null);
});

test("bodies: JSON must parse to an object of strings, forms pass as next-auth reads them, size is bounded", () => {
  assert.equal(parseAuthBody("GET", "application/json", "{"), null);
  assert.equal(parseAuthBody("POST", "application/json", ""), null);
  for (const text of ["{", "[1]", "null", "5", '{"callbackUrl":5}', '{"csrfToken":{"a":1}}', '"x"']) {
    const refused = parseAuthBody("POST", "application/json; charset=utf-8", text);
    assert.ok(refused && "status" in refused && refused.status === 400, text);
  }
  assert.deepEqual(parseAuthBody("POST", "application/json", '{"csrfToken":"t","json":"true"}'), { text: '{"csrfToken":"t","json":"true"}', fields: { csrfToken: "t", json: "true" } });
  assert.deepEqual(parseAuthBody("POST", "application/x-www-form-urlencoded", "email=a&email=b&callbackUrl=%2Fx"), { text: "email=a&email=b&callbackUrl=%2Fx", fields: { email: "b", callbackUrl: "/x" } });
  assert.equal(parseAuthBody("POST", "multipart/form-data; boundary=x", "--x--"), null);
  const big = parseAuthBody("POST", "application/x-www-form-urlencoded", `a=${"x".repeat(MAX_AUTH_BODY)}`);
  assert.ok(big && "status" in big && big.status === 413);
});

test("cookies are read as Next reads them: first of each name, decoded where they decode", () => {
  const cookies = parseCookies("a=1; b=%2Fx; a=2; bad=%E0%A4%A; =x; novalue; c=");
  assert.equal(cookies.get("a"), "1");
  assert.equal(cookies.get("b"), "/x");
  assert.equal(cookies.get("bad"), "%E0%A4%A");
  assert.equal(cookies.get("c"), "");
  assert.equal(parseCookies(null).size, 0);
});
