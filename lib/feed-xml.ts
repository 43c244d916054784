// RSS 2.0 and Atom 1.0 documents. All text is XML-escaped; GUIDs/ids depend only on the article
// id, so they never change when a headline, slug or the site's address changes. Items that carry
// a body (FEED_FULL_TEXT) get it as allow-listed HTML (lib/feed-html.ts), escaped once more as XML
// text rather than wrapped in CDATA, so a "]]>" in a story cannot end the section.
import type { Feed, FeedItem } from "@/lib/data/feeds";
import { renderFeedHtml } from "@/lib/feed-html";
import { articlePath, absoluteUrl } from "@/lib/urls";
import { dictionary } from "@/lib/i18n/dictionary";
import { EDITION_META } from "@/lib/i18n/editions";

type Site = { name: string; url: string };

 
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function xmlEscape(value: string): string {
  return value.replace(INVALID_XML, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

const abs = (path: string, site: Site) => absoluteUrl(path, site.url);
const guid = (id: number) => `urn:dateline:article:${id}`;
const feedTitle = (feed: Feed, site: Site) => (feed.title ? `${feed.title} | ${site.name}` : site.name);
const fullText = (item: FeedItem, site: Site, link: string) => ("body" in item ? renderFeedHtml(item.body, { siteUrl: site.url, articleUrl: link }) : null);

export function renderRss(feed: Feed, site: Site, selfPath: string): string {
  const items = feed.items
    .map((item) => {
      const link = abs(articlePath(item), site);
      const html = fullText(item, site, link);
      return [
        "<item>",
        `<title>${xmlEscape(item.headline)}</title>`,
        `<link>${xmlEscape(link)}</link>`,
        `<guid isPermaLink="false">${guid(item.id)}</guid>`,
        `<pubDate>${item.publishedAt.toUTCString()}</pubDate>`,
        `<description>${xmlEscape(item.standfirst)}</description>`,
        html === null ? "" : `<content:encoded>${xmlEscape(html)}</content:encoded>`,
        ...item.authors.map((a) => `<dc:creator>${xmlEscape(a)}</dc:creator>`),
        `<category>${xmlEscape(item.section)}</category>`,
        ...item.tags.map((t) => `<category>${xmlEscape(t)}</category>`),
        item.image ? `<enclosure url="${xmlEscape(abs(item.image.url, site))}" length="${item.image.length}" type="${xmlEscape(item.image.type)}"/>` : "",
        "</item>",
      ].join("");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
<title>${xmlEscape(feedTitle(feed, site))}</title>
<link>${xmlEscape(abs(feed.path || "/", site))}</link>
<description>${xmlEscape(dictionary(feed.edition).feedDescription(feed.title, site.name))}</description>
<language>${EDITION_META[feed.edition].htmlLang}</language>
<lastBuildDate>${feed.updatedAt.toUTCString()}</lastBuildDate>
<atom:link href="${xmlEscape(abs(selfPath, site))}" rel="self" type="application/rss+xml"/>
${items}
</channel>
</rss>
`;
}

export function renderAtom(feed: Feed, site: Site, selfPath: string): string {
  const entries = feed.items
    .map((item) => {
      const link = abs(articlePath(item), site);
      const html = fullText(item, site, link);
      return [
        "<entry>",
        `<id>${guid(item.id)}</id>`,
        `<title>${xmlEscape(item.headline)}</title>`,
        `<link rel="alternate" type="text/html" href="${xmlEscape(link)}"/>`,
        `<published>${item.publishedAt.toISOString()}</published>`,
        `<updated>${item.updatedAt.toISOString()}</updated>`,
        ...item.authors.map((a) => `<author><name>${xmlEscape(a)}</name></author>`),
        `<summary type="text">${xmlEscape(item.standfirst)}</summary>`,
        html === null ? "" : `<content type="html">${xmlEscape(html)}</content>`,
        `<category term="${xmlEscape(item.section)}"/>`,
        ...item.tags.map((t) => `<category term="${xmlEscape(t)}"/>`),
        item.image ? `<link rel="enclosure" type="${xmlEscape(item.image.type)}" length="${item.image.length}" href="${xmlEscape(abs(item.image.url, site))}"/>` : "",
        "</entry>",
      ].join("");
    })
    .join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${EDITION_META[feed.edition].htmlLang}">
<id>${xmlEscape(abs(feed.path || "/", site))}</id>
<title>${xmlEscape(feedTitle(feed, site))}</title>
<updated>${feed.updatedAt.toISOString()}</updated>
<link rel="alternate" type="text/html" href="${xmlEscape(abs(feed.path || "/", site))}"/>
<link rel="self" type="application/atom+xml" href="${xmlEscape(abs(selfPath, site))}"/>
<author><name>${xmlEscape(site.name)}</name></author>
${entries}
</feed>
`;
}
