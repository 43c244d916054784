import { test } from "node:test";
import assert from "node:assert/strict";
import { serializeJsonLd } from "./json-ld";

test("JSON-LD cannot break out of its script element", () => {
  const out = serializeJsonLd({ headline: "</script><script>alert(1)</script> & more \u2028" });
  assert.doesNotMatch(out, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(out), { headline: "</script><script>alert(1)</script> & more \u2028" });
});
