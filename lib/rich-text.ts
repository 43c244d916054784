// Article bodies are the editor's JSON (ProseMirror/Tiptap shape). This module holds the node
// types Dateline accepts and turns documents into plain text for search and word counts.
export type Mark = { type: "bold" | "italic" | "link"; attrs?: { href?: string } };
export type TextNode = { type: "text"; text: string; marks?: Mark[] };
export type RichNode =
  | TextNode
  | { type: "paragraph"; content?: RichNode[] }
  | { type: "heading"; attrs: { level: 2 | 3 | 4 }; content?: RichNode[] }
  | { type: "blockquote"; attrs?: { cite?: string }; content?: RichNode[] }
  | { type: "pullQuote"; content?: RichNode[] }
  | { type: "bulletList" | "orderedList"; content?: RichNode[] }
  | { type: "listItem"; content?: RichNode[] }
  | { type: "horizontalRule" }
  | { type: "hardBreak" }
  | { type: "image"; attrs: MediaImageAttrs }
  | { type: "gallery"; attrs: { title?: string; images: MediaImageAttrs[] } }
  | { type: "video"; attrs: { title: string; src: string; webm?: string; poster?: string; captions?: string } }
  | { type: "audio"; attrs: { title: string; src: string; ogg?: string; transcript?: string } };
export type MediaImageAttrs = { src: string; alt: string; width?: number; height?: number; caption?: string; credit?: string };
export type RichDoc = { type: "doc"; content: RichNode[] };

const BLOCK_TYPES = new Set(["paragraph", "heading", "blockquote", "pullQuote", "listItem", "bulletList", "orderedList"]);

/** Plain text of a document, blocks separated by blank lines; unknown input yields "". */
export function docToPlainText(doc: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): string => {
    if (!node || typeof node !== "object") return "";
    const n = node as { type?: unknown; text?: unknown; content?: unknown };
    if (n.type === "text" && typeof n.text === "string") return n.text;
    if (n.type === "hardBreak") return "\n";
    const inner = Array.isArray(n.content) ? n.content.map(walk).join(typeof n.type === "string" && BLOCK_TYPES.has(n.type) && n.type.endsWith("List") ? "\n" : "") : "";
    return inner;
  };
  const root = doc as { content?: unknown };
  if (Array.isArray(root?.content)) for (const block of root.content) parts.push(walk(block).trim());
  return parts.filter(Boolean).join("\n\n");
}

export function countWords(text: string): number {
  return text.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Minutes to read at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

/** Only these protocols may appear in links and media URLs an editor typed. */
export function safeUrl(value: unknown, protocols: readonly string[] = ["http:", "https:", "mailto:"]): string | null {
  if (typeof value !== "string" || value.length > 2048) return null;
  if (value.startsWith("/") && !value.startsWith("//")) return value;
  try {
    const url = new URL(value);
    return protocols.includes(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/** Media in a body must be our own files: a plain site path, no scheme, host or query. */
export function safeMediaSrc(value: unknown): string | null {
  if (typeof value !== "string" || value.length > 500) return null;
  return /^\/(?!\/)[A-Za-z0-9._~/-]+$/.test(value) && !value.includes("..") ? value : null;
}

export type BodyImage = { src: string; alt: string; width: number; height: number; caption: string | null; credit: string | null };

const text = (v: unknown, max: number) => (typeof v === "string" ? v.slice(0, max) : null);
const dimension = (v: unknown, fallback: number) => (typeof v === "number" && Number.isInteger(v) && v > 0 && v <= 20000 ? v : fallback);

/** Reads an image node's attributes; null when the source is not one of our files or alt is missing. */
export function readBodyImage(attrs: unknown): BodyImage | null {
  const a = (attrs ?? {}) as Record<string, unknown>;
  const src = safeMediaSrc(a.src);
  const alt = text(a.alt, 300);
  if (!src || alt === null) return null;
  return { src, alt, width: dimension(a.width, 1600), height: dimension(a.height, 900), caption: text(a.caption, 500), credit: text(a.credit, 200) };
}
