// Signed preview links: valid until they expire, useless when altered.
import { test, before } from "node:test";
import assert from "node:assert/strict";

let preview: typeof import("./preview");
before(async () => {
  process.env.NEXTAUTH_SECRET = "x".repeat(40);
  preview = await import("./preview");
});

test("a fresh token verifies for its article until it expires", () => {
  const now = Date.UTC(2026, 10, 28, 12);
  const { token, expires } = preview.createPreviewToken(42, now);
  assert.match(token, /^42\.\d+\.[0-9a-f]{64}$/);
  assert.deepEqual(preview.verifyPreviewToken(token, now + 1000), { ok: true, id: 42, expires });
  assert.deepEqual(preview.verifyPreviewToken(token, expires.getTime() + 1000), { ok: false, reason: "expired" });
});

test("altered, forged or malformed tokens are refused", () => {
  const now = Date.now();
  const { token } = preview.createPreviewToken(42, now);
  const [id, exp, sig] = token.split(".");
  const cases = [
    `43.${exp}.${sig}`,
    `${id}.${Number(exp) + 3600}.${sig}`,
    `${id}.${exp}.${sig!.slice(0, -1)}${sig!.endsWith("0") ? "1" : "0"}`,
    `${id}.${exp}.${sig!.toUpperCase()}`,
    "",
    "42",
    `${id}.${exp}.${sig}.extra`,
    "../../etc/passwd",
    `0.${exp}.${sig}`,
  ];
  for (const bad of cases) assert.deepEqual(preview.verifyPreviewToken(bad, now), { ok: false, reason: "invalid" }, bad);
});
