// Feed documents in both modes, read back by a real feed parser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFeed } from "@rowanmanning/feed-parser";
import { XMLParser } from "fast-xml-parser";
import type { Feed, FeedItem } from "@/lib/data/feeds";
import { renderAtom, renderRss } from "./feed-xml";

const site = { name: "Dateline", url: "https://news.example" };
const hostileHeadline = `</script><img src=x onerror="alert(1)"> ]]> Harbour & "port"`;
const body = {
  type: "doc",
  content: [
    { type: "paragraph", content: [{ type: "text", text: "Ships <b>returned</b> ]]> at dawn." }] },
    { type: "html", content: "<script>alert(2)</script>" },
    { type: "paragraph", content: [{ type: "text", text: "More", marks: [{ type: "link", attrs: { href: "javascript:alert(3)" } }] }] },
  ],
};

function feedOf(withBody: boolean): Feed {
  const item: FeedItem = {
    id: 7,
    slug: "harbour",
    language: "en",
    headline: hostileHeadline,
    standfirst: "<script>alert(4)</script>",
    publishedAt: new Date("2026-11-01T10:00:00Z"),
    updatedAt: new Date("2026-11-01T11:00:00Z"),
    section: "World",
    authors: ["Ann Author"],
    tags: [],
    image: null,
    ...(withBody ? { body } : {}),
  };
  return { title: "", path: "", edition: "en", items: [item], updatedAt: item.updatedAt };
}

for (const [format, render] of [["RSS", renderRss], ["Atom", renderAtom]] as const) {
  test(`${format} in summary mode carries the standfirst and no body`, () => {
    const xml = render(feedOf(false), site, "/feed.xml");
    assert.doesNotMatch(xml, /content:encoded|<content /);
    const [item] = parseFeed(xml).items;
    assert.equal(item!.title, hostileHeadline);
    assert.equal(item!.description, "<script>alert(4)</script>");
    assert.doesNotMatch(item!.content ?? "", /Ships/);
  });

  test(`${format} in full-text mode carries the body as allow-listed HTML, hostile text escaped`, () => {
    const xml = render(feedOf(true), site, "/feed.xml");
    assert.match(xml, format === "RSS" ? /<content:encoded>/ : /<content type="html">/);
    const [item] = parseFeed(xml).items;
    assert.equal(item!.title, hostileHeadline);
    assert.equal(item!.description, "<script>alert(4)</script>");
    assert.match(item!.content ?? "", /^<p>Ships .* at dawn\.<\/p><p>More<\/p>$/);
    // feed-parser decodes entities a second time, so read the exact HTML with a plain XML parser.
    const doc = new XMLParser({ ignoreAttributes: false, htmlEntities: false, parseTagValue: false }).parse(xml);
    const html = format === "RSS" ? doc.rss.channel.item["content:encoded"] : doc.feed.entry.content["#text"];
    assert.equal(html, "<p>Ships &lt;b&gt;returned&lt;/b&gt; ]]&gt; at dawn.</p><p>More</p>");
  });
}
