import { test } from "node:test";
import assert from "node:assert/strict";
import { countWords, docToPlainText, readingMinutes, safeUrl } from "./rich-text";

const doc = {
  type: "doc",
  content: [
    { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Title" }] },
    { type: "paragraph", content: [{ type: "text", text: "Hello " }, { type: "text", text: "world", marks: [{ type: "bold" }] }] },
    { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "A quote" }] }] },
    { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "one" }] }] }, { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "two" }] }] }] },
  ],
};

test("docToPlainText keeps the words and separates blocks", () => {
  assert.equal(docToPlainText(doc), "Title\n\nHello world\n\nA quote\n\none\ntwo");
});

test("docToPlainText survives junk", () => {
  for (const junk of [null, undefined, 42, "text", [], {}, { content: "x" }, { content: [null, 1, { type: "text" }] }]) {
    assert.equal(docToPlainText(junk), "");
  }
});

test("word count and reading time", () => {
  assert.equal(countWords("Hello world — a test, 2026!"), 5);
  assert.equal(countWords(""), 0);
  assert.equal(readingMinutes(0), 1);
  assert.equal(readingMinutes(1150), 5);
});

test("safeUrl allows http(s), mailto and site paths only", () => {
  assert.equal(safeUrl("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(safeUrl("mailto:desk@dateline.example"), "mailto:desk@dateline.example");
  assert.equal(safeUrl("/news/1-a"), "/news/1-a");
  for (const bad of ["javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "//evil.example/x", "file:///etc/passwd", 42, null, "https://" + "a".repeat(3000)]) {
    assert.equal(safeUrl(bad), null, String(bad).slice(0, 40));
  }
});
