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

// ---------------------------------------------------------------------------------------------
// Validation of documents an editor saves. The renderer already drops anything unknown; this is
// the stricter gate at the door, so a forged or broken body is refused with a reason instead of
// being stored and silently half-rendered.

export const MAX_BODY_BYTES = 1_000_000;
const MAX_DEPTH = 12;
const MAX_NODES = 50_000;

type CheckResult = { ok: true; doc: RichDoc } | { ok: false; error: string };

const INLINE_PARENTS = new Set(["paragraph", "heading", "pullQuote"]);
const CONTAINERS: Record<string, ReadonlySet<string>> = {
  doc: new Set(["paragraph", "heading", "blockquote", "pullQuote", "bulletList", "orderedList", "horizontalRule", "image", "gallery", "video", "audio"]),
  blockquote: new Set(["paragraph"]),
  bulletList: new Set(["listItem"]),
  orderedList: new Set(["listItem"]),
  listItem: new Set(["paragraph", "bulletList", "orderedList"]),
};

function str(v: unknown, max: number, field: string, required = false): string | undefined {
  if (v === undefined || v === null || v === "") {
    if (required) throw new DocError(`${field} is required`);
    return undefined;
  }
  if (typeof v !== "string") throw new DocError(`${field} must be text`);
  if (v.length > max) throw new DocError(`${field} is longer than ${max} characters`);
  return v;
}

class DocError extends Error {}

function checkImageAttrs(a: Record<string, unknown>, where: string): MediaImageAttrs {
  const src = safeMediaSrc(a.src);
  if (!src) throw new DocError(`${where}: images must be files from the media library`);
  const alt = str(a.alt, 300, `${where}: alt text`, true)!.trim();
  if (!alt) throw new DocError(`${where}: alt text is required`);
  const out: MediaImageAttrs = { src, alt };
  for (const key of ["width", "height"] as const) {
    const v = a[key];
    if (v !== undefined && v !== null) {
      if (typeof v !== "number" || !Number.isInteger(v) || v <= 0 || v > 20000) throw new DocError(`${where}: ${key} must be a whole number of pixels`);
      out[key] = v;
    }
  }
  const caption = str(a.caption, 500, `${where}: caption`);
  const credit = str(a.credit, 200, `${where}: credit`);
  if (caption) out.caption = caption;
  if (credit) out.credit = credit;
  return out;
}

/**
 * Checks a document against Dateline's node types, nesting rules and limits and returns a clean
 * copy (only known attributes kept). Links must be http(s), mailto or a site path; media must be
 * our own files; every image needs alt text.
 */
export function validateDoc(input: unknown): CheckResult {
  let size: number;
  try {
    size = JSON.stringify(input ?? null).length;
  } catch {
    return { ok: false, error: "The body is not a valid document" };
  }
  if (size > MAX_BODY_BYTES) return { ok: false, error: `The body is too large (${Math.round(size / 1000)} kB; the limit is ${MAX_BODY_BYTES / 1000} kB)` };
  let count = 0;
  const walk = (node: unknown, parent: string, depth: number): RichNode => {
    if (++count > MAX_NODES) throw new DocError("The body has too many elements");
    if (depth > MAX_DEPTH) throw new DocError("The body is nested too deeply");
    if (!node || typeof node !== "object" || Array.isArray(node)) throw new DocError("The body is not a valid document");
    const n = node as { type?: unknown; text?: unknown; attrs?: unknown; content?: unknown; marks?: unknown };
    const type = typeof n.type === "string" ? n.type : "";
    const attrs = (n.attrs && typeof n.attrs === "object" ? n.attrs : {}) as Record<string, unknown>;
    const kids = () => {
      if (n.content === undefined) return undefined;
      if (!Array.isArray(n.content)) throw new DocError(`${type} has invalid content`);
      return n.content.map((c) => walk(c, type, depth + 1));
    };
    const inline = INLINE_PARENTS.has(parent);
    if (inline) {
      if (type === "hardBreak") return { type: "hardBreak" };
      if (type !== "text") throw new DocError(`Unsupported content inside ${parent}: ${type.slice(0, 40) || "unknown"}`);
      if (typeof n.text !== "string" || n.text.length === 0) throw new DocError("Empty text node");
      const marks: Mark[] = [];
      if (n.marks !== undefined) {
        if (!Array.isArray(n.marks)) throw new DocError("Invalid text formatting");
        for (const m of n.marks as { type?: unknown; attrs?: { href?: unknown } }[]) {
          if (m?.type === "bold" || m?.type === "italic") marks.push({ type: m.type });
          else if (m?.type === "link") {
            const href = safeUrl(m.attrs?.href);
            if (!href) throw new DocError(`Links must start with http://, https:// or mailto: (got "${String(m.attrs?.href ?? "").slice(0, 60)}")`);
            marks.push({ type: "link", attrs: { href } });
          } else throw new DocError(`Unsupported formatting: ${String(m?.type).slice(0, 40)}`);
        }
      }
      return marks.length ? { type: "text", text: n.text, marks } : { type: "text", text: n.text };
    }
    const allowed = CONTAINERS[parent];
    if (!allowed?.has(type)) throw new DocError(`Unsupported content${parent === "doc" ? "" : ` inside ${parent}`}: ${type.slice(0, 40) || "unknown"}`);
    switch (type) {
      case "paragraph":
      case "pullQuote":
      case "bulletList":
      case "orderedList":
      case "listItem": {
        const content = kids();
        return content?.length ? ({ type, content } as RichNode) : ({ type } as RichNode);
      }
      case "heading": {
        const level = attrs.level;
        if (level !== 2 && level !== 3 && level !== 4) throw new DocError("Headings must be level 2, 3 or 4");
        return { type, attrs: { level }, content: kids() ?? [] };
      }
      case "blockquote": {
        const cite = str(attrs.cite, 200, "Quote source");
        return cite ? { type, attrs: { cite }, content: kids() ?? [] } : { type, content: kids() ?? [] };
      }
      case "horizontalRule":
        return { type };
      case "image":
        return { type, attrs: checkImageAttrs(attrs, "Image") };
      case "gallery": {
        if (!Array.isArray(attrs.images) || attrs.images.length === 0) throw new DocError("A gallery needs at least one image");
        if (attrs.images.length > 60) throw new DocError("A gallery can hold at most 60 images");
        const images = attrs.images.map((img, i) => checkImageAttrs((img ?? {}) as Record<string, unknown>, `Gallery image ${i + 1}`));
        const title = str(attrs.title, 200, "Gallery title");
        return { type, attrs: title ? { title, images } : { images } };
      }
      case "video": {
        const src = safeMediaSrc(attrs.src);
        if (!src) throw new DocError("Video: the file must come from the media library");
        const out: { title: string; src: string; webm?: string; poster?: string; captions?: string } = { title: str(attrs.title, 200, "Video title", true)!, src };
        for (const k of ["webm", "poster", "captions"] as const) {
          if (attrs[k] !== undefined && attrs[k] !== null && attrs[k] !== "") {
            const v = safeMediaSrc(attrs[k]);
            if (!v) throw new DocError(`Video: ${k} must be a file from the media library`);
            out[k] = v;
          }
        }
        return { type, attrs: out };
      }
      case "audio": {
        const src = safeMediaSrc(attrs.src);
        if (!src) throw new DocError("Audio: the file must come from the media library");
        const out: { title: string; src: string; ogg?: string; transcript?: string } = { title: str(attrs.title, 200, "Audio title", true)!, src };
        if (attrs.ogg) {
          const ogg = safeMediaSrc(attrs.ogg);
          if (!ogg) throw new DocError("Audio: ogg must be a file from the media library");
          out.ogg = ogg;
        }
        const transcript = str(attrs.transcript, 20_000, "Audio transcript");
        if (transcript) out.transcript = transcript;
        return { type, attrs: out };
      }
      default:
        throw new DocError(`Unsupported content: ${type}`);
    }
  };
  try {
    const root = input as { type?: unknown; content?: unknown };
    if (!root || typeof root !== "object" || root.type !== "doc" || !Array.isArray(root.content)) return { ok: false, error: "The body is not a valid document" };
    return { ok: true, doc: { type: "doc", content: root.content.map((c) => walk(c, "doc", 1)) } };
  } catch (e) {
    if (e instanceof DocError) return { ok: false, error: e.message };
    throw e;
  }
}

/** An empty document, as the editor starts. */
export const EMPTY_DOC: RichDoc = { type: "doc", content: [{ type: "paragraph" }] };
