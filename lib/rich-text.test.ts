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

test("validateDoc accepts every node the editor makes and returns a clean copy", async () => {
  const { validateDoc } = await import("./rich-text");
  const doc = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2, id: "x" }, content: [{ type: "text", text: "Sub" }] },
      { type: "paragraph", content: [{ type: "text", text: "Link", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://example.org", target: "_blank", rel: "x", class: null } }] }, { type: "hardBreak" }] },
      { type: "blockquote", attrs: { cite: null }, content: [{ type: "paragraph", content: [{ type: "text", text: "Quote" }] }] },
      { type: "pullQuote", content: [{ type: "text", text: "Pull" }] },
      { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }] }] },
      { type: "horizontalRule" },
      { type: "image", attrs: { src: "/media/a.jpg", alt: "A", width: 100, height: 50, caption: null, credit: "C" } },
      { type: "gallery", attrs: { title: null, images: [{ src: "/demo/b.jpg", alt: "B" }] } },
      { type: "video", attrs: { title: "V", src: "/demo/v.mp4", webm: null, poster: null, captions: null } },
      { type: "audio", attrs: { title: "A", src: "/demo/a.mp3", ogg: null, transcript: null } },
      { type: "paragraph" },
    ],
  };
  const result = validateDoc(doc);
  assert.ok(result.ok, result.ok ? "" : result.error);
  assert.deepEqual(result.doc.content[1], { type: "paragraph", content: [{ type: "text", text: "Link", marks: [{ type: "bold" }, { type: "link", attrs: { href: "https://example.org/" } }] }, { type: "hardBreak" }] });
  assert.deepEqual(result.doc.content[6], { type: "image", attrs: { src: "/media/a.jpg", alt: "A", width: 100, height: 50, credit: "C" } });
});

test("validateDoc refuses hostile or broken documents with a reason", async () => {
  const { validateDoc } = await import("./rich-text");
  const p = (node: unknown) => ({ type: "doc", content: [node] });
  const cases: [unknown, RegExp][] = [
    [null, /not a valid document/],
    ["<p>html</p>", /not a valid document/],
    [p({ type: "script", text: "alert(1)" }), /Unsupported content: script/],
    [p({ type: "paragraph", content: [{ type: "image", attrs: { src: "/a.jpg", alt: "x" } }] }), /inside paragraph/],
    [p({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }), /Links must start/],
    [p({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "data:text/html,<script>" } }] }] }), /Links must start/],
    [p({ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "code" }] }] }), /Unsupported formatting/],
    [p({ type: "heading", attrs: { level: 1 }, content: [] }), /level 2, 3 or 4/],
    [p({ type: "image", attrs: { src: "https://evil.example/x.png", alt: "x" } }), /media library/],
    [p({ type: "image", attrs: { src: "/../etc/passwd", alt: "x" } }), /media library/],
    [p({ type: "image", attrs: { src: "/a.jpg", alt: "   " } }), /alt text/],
    [p({ type: "gallery", attrs: { images: [] } }), /at least one image/],
    [p({ type: "video", attrs: { src: "/v.mp4" } }), /title is required/],
    [p({ type: "paragraph", content: [{ type: "text", text: "x".repeat(1_000_001) }] }), /too large/],
  ];
  let deep: unknown = { type: "paragraph" };
  for (let i = 0; i < 20; i++) deep = { type: "bulletList", content: [{ type: "listItem", content: [deep] }] };
  cases.push([p(deep), /nested too deeply/]);
  for (const [input, reason] of cases) {
    const result = validateDoc(input);
    assert.equal(result.ok, false, JSON.stringify(input).slice(0, 80));
    assert.match(result.ok ? "" : result.error, reason);
  }
});
