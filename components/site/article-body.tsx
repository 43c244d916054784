// Renders a stored editor document on the server through an allow-list of nodes and marks.
// Unknown nodes are dropped; link URLs must pass the protocol allow-list and media must be our
// own files. No raw HTML, ever.
import type { ReactNode } from "react";
import { safeUrl } from "@/lib/rich-text";
import { AudioEmbed, BodyImageFigure, Gallery, VideoEmbed } from "@/components/site/body-media";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";

type Node = { type?: unknown; text?: unknown; attrs?: Record<string, unknown>; content?: unknown; marks?: unknown };

function children(node: Node, key: string, edition: Edition): ReactNode[] {
  return Array.isArray(node.content) ? node.content.map((child, i) => renderNode(child as Node, `${key}.${i}`, edition)) : [];
}

function renderText(node: Node, key: string): ReactNode {
  if (typeof node.text !== "string") return null;
  let out: ReactNode = node.text;
  const marks = Array.isArray(node.marks) ? (node.marks as { type?: unknown; attrs?: { href?: unknown } }[]) : [];
  for (const mark of marks) {
    if (mark.type === "bold") out = <strong key={key}>{out}</strong>;
    else if (mark.type === "italic") out = <em key={key}>{out}</em>;
    else if (mark.type === "link") {
      const href = safeUrl(mark.attrs?.href);
      if (href) out = <a key={key} href={href} rel={href.startsWith("/") ? undefined : "noopener noreferrer"}>{out}</a>;
    }
  }
  return <span key={key}>{out}</span>;
}

function renderNode(node: Node, key: string, edition: Edition): ReactNode {
  if (!node || typeof node !== "object") return null;
  switch (node.type) {
    case "text":
      return renderText(node, key);
    case "hardBreak":
      return <br key={key} />;
    case "paragraph":
      return <p key={key}>{children(node, key, edition)}</p>;
    case "heading": {
      const level = node.attrs?.level === 3 ? 3 : node.attrs?.level === 4 ? 4 : 2;
      const Tag = `h${level}` as "h2" | "h3" | "h4";
      return <Tag key={key}>{children(node, key, edition)}</Tag>;
    }
    case "blockquote": {
      const cite = typeof node.attrs?.cite === "string" ? node.attrs.cite.slice(0, 200) : null;
      return (
        <figure key={key} className="article-quote">
          <blockquote>{children(node, key, edition)}</blockquote>
          {cite ? <figcaption>— {cite}</figcaption> : null}
        </figure>
      );
    }
    case "pullQuote":
      return (
        <aside key={key} className="pull-quote" aria-label={dictionary(edition).pullQuote}>
          <p>{children(node, key, edition)}</p>
        </aside>
      );
    case "bulletList":
      return <ul key={key}>{children(node, key, edition)}</ul>;
    case "orderedList":
      return <ol key={key}>{children(node, key, edition)}</ol>;
    case "listItem":
      return <li key={key}>{children(node, key, edition)}</li>;
    case "horizontalRule":
      return <hr key={key} />;
    case "image":
      return <BodyImageFigure key={key} attrs={node.attrs} />;
    case "gallery":
      return <Gallery key={key} attrs={node.attrs} edition={edition} />;
    case "video":
      return <VideoEmbed key={key} attrs={node.attrs} edition={edition} />;
    case "audio":
      return <AudioEmbed key={key} attrs={node.attrs} edition={edition} />;
    default:
      return null;
  }
}

/** `edition`: the story's language, for the words of quotes, galleries and players. */
export function ArticleBody({ doc, edition = "en" }: { doc: unknown; edition?: Edition }) {
  const content = doc && typeof doc === "object" && Array.isArray((doc as Node).content) ? ((doc as Node).content as Node[]) : [];
  return <div className="article-body">{content.map((node, i) => renderNode(node, String(i), edition))}</div>;
}
