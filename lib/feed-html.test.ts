import { test } from "node:test";
import assert from "node:assert/strict";
import { renderFeedHtml } from "./feed-html";

const ctx = { siteUrl: "https://news.example", articleUrl: "https://news.example/news/7-story" };
const doc = (...content: unknown[]) => ({ type: "doc", content });
const para = (...content: unknown[]) => ({ type: "paragraph", content });
const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, marks });

test("known nodes and marks become plain HTML with absolute URLs", () => {
  const html = renderFeedHtml(
    doc(
      { type: "heading", attrs: { level: 3 }, content: [text("Background")] },
      para(text("Read "), text("this", [{ type: "bold" }, { type: "link", attrs: { href: "/news/1-x" } }]), text(" and "), text("that", [{ type: "link", attrs: { href: "https://other.example/a?b=1&c=2" } }])),
      { type: "bulletList", content: [{ type: "listItem", content: [para(text("one"))] }] },
      { type: "image", attrs: { src: "/demo/world-1.jpg", alt: "Harbour", width: 1600, height: 900, caption: "The harbour", credit: "Photo: A" } },
      { type: "video", attrs: { title: "Briefing", src: "/demo/media/harbour-briefing.mp4" } },
    ),
    ctx,
  );
  assert.equal(
    html,
    '<h3>Background</h3><p>Read <a href="https://news.example/news/1-x"><strong>this</strong></a> and <a href="https://other.example/a?b=1&amp;c=2" rel="noopener noreferrer">that</a></p>' +
      "<ul><li><p>one</p></li></ul>" +
      '<figure><img src="https://news.example/demo/world-1.jpg" alt="Harbour" width="1600" height="900"/><figcaption>The harbour Photo: A</figcaption></figure>' +
      '<p><a href="https://news.example/news/7-story">Video: Briefing</a></p>',
  );
});

test("hostile text, URLs, attributes and unknown nodes never become markup", () => {
  const html = renderFeedHtml(
    doc(
      para(text('</p><script>alert(1)</script><img src=x onerror="alert(2)">')),
      para(text("click", [{ type: "link", attrs: { href: "javascript:alert(3)" } }])),
      para(text("data", [{ type: "link", attrs: { href: "data:text/html,<b>x</b>" } }])),
      { type: "html", content: "<iframe src=//evil>" },
      { type: "rawHTML", attrs: { html: "<script>" } },
      { type: "image", attrs: { src: "https://evil.example/x.png", alt: "x" } },
      { type: "image", attrs: { src: '/x.png" onerror="alert(4)', alt: "x" } },
      { type: "image", attrs: { src: "/ok.png", alt: '"><script>alert(5)</script>' } },
      { type: "video", attrs: { title: "<b>t</b>", src: "javascript:alert(6)" } },
      { type: "heading", attrs: { level: 1, onclick: "x" }, content: [text("h")] },
    ),
    ctx,
  );
  assert.doesNotMatch(html, /<script|<img src=x|<iframe|javascript:|data:text|onerror="|evil\.example|<b>|<h1/i);
  assert.match(html, /&lt;\/p&gt;&lt;script&gt;alert\(1\)&lt;\/script&gt;&lt;img src=x onerror=&quot;alert\(2\)&quot;&gt;/);
  assert.match(html, /<p>click<\/p>/);
  assert.match(html, /alt="&quot;&gt;&lt;script&gt;alert\(5\)&lt;\/script&gt;"/);
  assert.match(html, /<h2>h<\/h2>/);
});

test("anything that is not a document renders as nothing", () => {
  for (const value of [null, undefined, "<p>x</p>", 42, {}, { content: "x" }, { content: [null, 3, "s"] }]) assert.equal(renderFeedHtml(value, ctx), "");
});
