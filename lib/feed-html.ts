// Article bodies as HTML for full-text feeds (RSS content:encoded, Atom content type="html").
// The same allow-list as components/site/article-body.tsx: known nodes and marks only, every
// string escaped, links through safeUrl and media through safeMediaSrc/readBodyImage, no editor
// HTML passed through. Feed readers have no site around them, so every URL is made absolute and
// video and audio become a link to the story.
import { readBodyImage, safeMediaSrc, safeUrl, type BodyImage } from "@/lib/rich-text";
import { absoluteUrl } from "@/lib/urls";

type Node = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown; marks?: unknown };
type Context = { siteUrl: string; articleUrl: string };

export function htmlEscape(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const attr = (name: string, value: string | number) => ` ${name}="${htmlEscape(String(value))}"`;
const str = (value: unknown, max: number) => (typeof value === "string" ? value.slice(0, max) : null);

function children(node: Node, ctx: Context): string {
  return Array.isArray(node.content) ? node.content.map((child) => renderNode(child as Node, ctx)).join("") : "";
}

function renderText(node: Node, ctx: Context): string {
  if (typeof node.text !== "string") return "";
  let out = htmlEscape(node.text);
  const marks = Array.isArray(node.marks) ? (node.marks as { type?: unknown; attrs?: { href?: unknown } }[]) : [];
  for (const mark of marks) {
    if (mark.type === "bold") out = `<strong>${out}</strong>`;
    else if (mark.type === "italic") out = `<em>${out}</em>`;
    else if (mark.type === "link") {
      const href = safeUrl(mark.attrs?.href);
      if (href) out = `<a${attr("href", href.startsWith("/") ? absoluteUrl(href, ctx.siteUrl) : href)}${href.startsWith("/") ? "" : ' rel="noopener noreferrer"'}>${out}</a>`;
    }
  }
  return out;
}

function figure(image: BodyImage, ctx: Context): string {
  const caption = [image.caption, image.credit].filter(Boolean).join(" ");
  const img = `<img${attr("src", absoluteUrl(image.src, ctx.siteUrl))}${attr("alt", image.alt)}${attr("width", image.width)}${attr("height", image.height)}/>`;
  return `<figure>${img}${caption ? `<figcaption>${htmlEscape(caption)}</figcaption>` : ""}</figure>`;
}

function mediaLink(kind: "Video" | "Audio", node: Node, ctx: Context): string {
  if (!safeMediaSrc(node.attrs?.src) && !safeMediaSrc(node.attrs?.webm) && !safeMediaSrc(node.attrs?.ogg)) return "";
  const title = str(node.attrs?.title, 200) ?? kind;
  return `<p><a${attr("href", ctx.articleUrl)}>${kind}: ${htmlEscape(title)}</a></p>`;
}

function renderNode(node: Node, ctx: Context): string {
  if (!node || typeof node !== "object") return "";
  switch (node.type) {
    case "text":
      return renderText(node, ctx);
    case "hardBreak":
      return "<br/>";
    case "paragraph":
      return `<p>${children(node, ctx)}</p>`;
    case "heading": {
      const level = node.attrs?.level === 3 ? 3 : node.attrs?.level === 4 ? 4 : 2;
      return `<h${level}>${children(node, ctx)}</h${level}>`;
    }
    case "blockquote": {
      const cite = str(node.attrs?.cite, 200);
      return `<blockquote>${children(node, ctx)}${cite ? `<p>— ${htmlEscape(cite)}</p>` : ""}</blockquote>`;
    }
    case "pullQuote":
      return `<blockquote><p>${children(node, ctx)}</p></blockquote>`;
    case "bulletList":
      return `<ul>${children(node, ctx)}</ul>`;
    case "orderedList":
      return `<ol>${children(node, ctx)}</ol>`;
    case "listItem":
      return `<li>${children(node, ctx)}</li>`;
    case "horizontalRule":
      return "<hr/>";
    case "image": {
      const image = readBodyImage(node.attrs);
      return image ? figure(image, ctx) : "";
    }
    case "gallery": {
      const raw = Array.isArray(node.attrs?.images) ? (node.attrs.images as unknown[]) : [];
      return raw.slice(0, 50).map(readBodyImage).filter((i): i is BodyImage => i !== null).map((i) => figure(i, ctx)).join("");
    }
    case "video":
      return mediaLink("Video", node, ctx);
    case "audio":
      return mediaLink("Audio", node, ctx);
    default:
      return "";
  }
}

/** Safe HTML for a stored editor document; unknown input yields "". */
export function renderFeedHtml(doc: unknown, ctx: Context): string {
  const content = doc && typeof doc === "object" && Array.isArray((doc as Node).content) ? ((doc as Node).content as Node[]) : [];
  return content.map((node) => renderNode(node, ctx)).join("");
}
