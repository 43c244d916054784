"use client";
// The body editor: Tiptap with exactly the node types the site renders (lib/rich-text.ts) —
// headings 2–4, bold, italic, links (http, https, mailto, site paths), block and pull quotes,
// lists, rule, and media from the library (image with caption and credit, gallery, video, audio).
import { useEffect, useId, useRef, useState } from "react";
import { EditorContent, useEditor, useEditorState, type Editor } from "@tiptap/react";
import { Node, mergeAttributes } from "@tiptap/core";
import StarterKit from "@tiptap/starter-kit";
import Blockquote from "@tiptap/extension-blockquote";
import { safeUrl, type MediaImageAttrs } from "@/lib/rich-text";
import { MediaPickerUpload } from "@/components/newsroom/media-upload";

export type LibraryItem = { id: number; kind: "IMAGE" | "VIDEO" | "AUDIO"; src: string; alt: string; width: number | null; height: number | null; caption: string | null; credit: string | null; label: string };

const QuoteWithSource = Blockquote.extend({
  addAttributes() {
    return { cite: { default: null, parseHTML: (el) => el.getAttribute("cite"), renderHTML: (a) => (a.cite ? { cite: a.cite } : {}) } };
  },
});

const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "inline*",
  defining: true,
  parseHTML: () => [{ tag: "aside[data-pull-quote]" }],
  renderHTML: ({ HTMLAttributes }) => ["aside", mergeAttributes(HTMLAttributes, { "data-pull-quote": "", class: "pull-quote" }), 0],
});

function mediaCaption(attrs: Record<string, unknown>): string {
  return [attrs.caption, attrs.credit].filter((v) => typeof v === "string" && v).join(" · ");
}

const attr = (name: string) => ({ default: null, parseHTML: (el: HTMLElement) => el.getAttribute(`data-${name}`), renderHTML: () => ({}) });

const ImageNode = Node.create({
  name: "image",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({ src: attr("src"), alt: attr("alt"), width: attr("width"), height: attr("height"), caption: attr("caption"), credit: attr("credit") }),
  parseHTML: () => [{ tag: "figure[data-image]" }],
  renderHTML: ({ node }) => [
    "figure",
    { "data-image": "", class: "editor-media" },
    ["img", { src: node.attrs.src, alt: node.attrs.alt ?? "" }],
    ["figcaption", {}, mediaCaption(node.attrs) || `Alt text: ${node.attrs.alt ?? ""}`],
  ],
});

const GalleryNode = Node.create({
  name: "gallery",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({ title: attr("title"), images: { default: [], renderHTML: () => ({}) } }),
  parseHTML: () => [{ tag: "figure[data-gallery]" }],
  renderHTML: ({ node }) => {
    const images = (node.attrs.images ?? []) as MediaImageAttrs[];
    return ["figure", { "data-gallery": "", class: "editor-media" }, ["div", { class: "editor-gallery" }, ...images.slice(0, 8).map((i) => ["img", { src: i.src, alt: i.alt }])], ["figcaption", {}, `Gallery: ${node.attrs.title || "Photo gallery"} · ${images.length} photos`]];
  },
});

const VideoNode = Node.create({
  name: "video",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({ title: attr("title"), src: attr("src"), webm: attr("webm"), poster: attr("poster"), captions: attr("captions") }),
  parseHTML: () => [{ tag: "figure[data-video]" }],
  renderHTML: ({ node }) => ["figure", { "data-video": "", class: "editor-media editor-embed" }, ["span", {}, `▶ Video: ${node.attrs.title ?? ""}`]],
});

const AudioNode = Node.create({
  name: "audio",
  group: "block",
  atom: true,
  draggable: true,
  addAttributes: () => ({ title: attr("title"), src: attr("src"), ogg: attr("ogg"), transcript: attr("transcript") }),
  parseHTML: () => [{ tag: "figure[data-audio]" }],
  renderHTML: ({ node }) => ["figure", { "data-audio": "", class: "editor-media editor-embed" }, ["span", {}, `♪ Audio: ${node.attrs.title ?? ""}`]],
});

const extensions = [
  StarterKit.configure({
    heading: { levels: [2, 3, 4] },
    blockquote: false,
    code: false,
    codeBlock: false,
    strike: false,
    underline: false,
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ["mailto"],
      defaultProtocol: "https",
      isAllowedUri: (url) => safeUrl(url) !== null,
    },
  }),
  QuoteWithSource,
  PullQuote,
  ImageNode,
  GalleryNode,
  VideoNode,
  AudioNode,
];

function ToolButton({ label, active, onClick, disabled, children }: { label: string; active?: boolean; onClick: () => void; disabled?: boolean; children: React.ReactNode }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={active ?? undefined}
      disabled={disabled}
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
      className="min-w-8 rounded px-2 py-1 text-sm font-semibold hover:bg-neutral-200 disabled:opacity-40 aria-pressed:bg-neutral-800 aria-pressed:text-white dark:hover:bg-neutral-700 dark:aria-pressed:bg-neutral-200 dark:aria-pressed:text-neutral-900"
    >
      {children}
    </button>
  );
}

type Dialog = null | "link" | "image" | "gallery" | "video" | "audio";

function Toolbar({ editor, library, onUploaded }: { editor: Editor; library: LibraryItem[]; onUploaded?: (item: LibraryItem) => void }) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive("bold"),
      italic: e.isActive("italic"),
      link: e.isActive("link"),
      h2: e.isActive("heading", { level: 2 }),
      h3: e.isActive("heading", { level: 3 }),
      quote: e.isActive("blockquote"),
      pull: e.isActive("pullQuote"),
      bullet: e.isActive("bulletList"),
      ordered: e.isActive("orderedList"),
    }),
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const chain = () => editor.chain().focus();
  return (
    <div className="sticky top-0 z-10 border-b border-neutral-300 bg-neutral-50 dark:border-neutral-700 dark:bg-neutral-900">
      <div role="toolbar" aria-label="Formatting" className="flex flex-wrap items-center gap-1 p-1">
        <ToolButton label="Bold" active={state.bold} onClick={() => chain().toggleBold().run()}>
          B
        </ToolButton>
        <ToolButton label="Italic" active={state.italic} onClick={() => chain().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label="Link" active={state.link} onClick={() => setDialog(dialog === "link" ? null : "link")}>
          Link
        </ToolButton>
        <span className="mx-1 h-5 w-px bg-neutral-300 dark:bg-neutral-600" aria-hidden />
        <ToolButton label="Heading" active={state.h2} onClick={() => chain().toggleHeading({ level: 2 }).run()}>
          H2
        </ToolButton>
        <ToolButton label="Subheading" active={state.h3} onClick={() => chain().toggleHeading({ level: 3 }).run()}>
          H3
        </ToolButton>
        <ToolButton label="Block quote" active={state.quote} onClick={() => chain().toggleBlockquote().run()}>
          “ ”
        </ToolButton>
        <ToolButton label="Pull quote" active={state.pull} onClick={() => (state.pull ? chain().setParagraph().run() : chain().setNode("pullQuote").run())}>
          Pull
        </ToolButton>
        <ToolButton label="Bulleted list" active={state.bullet} onClick={() => chain().toggleBulletList().run()}>
          • List
        </ToolButton>
        <ToolButton label="Numbered list" active={state.ordered} onClick={() => chain().toggleOrderedList().run()}>
          1. List
        </ToolButton>
        <ToolButton label="Horizontal rule" onClick={() => chain().setHorizontalRule().run()}>
          ―
        </ToolButton>
        <span className="mx-1 h-5 w-px bg-neutral-300 dark:bg-neutral-600" aria-hidden />
        <ToolButton label="Insert image" onClick={() => setDialog("image")}>
          Image
        </ToolButton>
        <ToolButton label="Insert gallery" onClick={() => setDialog("gallery")}>
          Gallery
        </ToolButton>
        <ToolButton label="Insert video" onClick={() => setDialog("video")}>
          Video
        </ToolButton>
        <ToolButton label="Insert audio" onClick={() => setDialog("audio")}>
          Audio
        </ToolButton>
        <span className="mx-1 h-5 w-px bg-neutral-300 dark:bg-neutral-600" aria-hidden />
        <ToolButton label="Undo" onClick={() => chain().undo().run()}>
          ↶
        </ToolButton>
        <ToolButton label="Redo" onClick={() => chain().redo().run()}>
          ↷
        </ToolButton>
      </div>
      {dialog === "link" ? <LinkForm editor={editor} onDone={() => setDialog(null)} /> : null}
      {dialog === "image" || dialog === "gallery" ? <ImageForm editor={editor} library={library.filter((m) => m.kind === "IMAGE")} gallery={dialog === "gallery"} onDone={() => setDialog(null)} onUploaded={onUploaded} /> : null}
      {dialog === "video" || dialog === "audio" ? <EmbedForm editor={editor} kind={dialog} library={library.filter((m) => m.kind === (dialog === "video" ? "VIDEO" : "AUDIO"))} onDone={() => setDialog(null)} /> : null}
    </div>
  );
}

function Panel({ title, children, onCancel, error }: { title: string; children: React.ReactNode; onCancel: () => void; error: string | null }) {
  return (
    <div role="group" aria-label={title} className="space-y-2 border-t border-neutral-300 p-3 text-sm dark:border-neutral-700" onKeyDown={(e) => e.key === "Escape" && onCancel()}>
      <p className="font-semibold">{title}</p>
      {children}
      {error ? (
        <p className="text-red-700 dark:text-red-300" data-testid="insert-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A panel's confirm and Cancel buttons. */
function PanelButtons({ label, onConfirm, onCancel }: { label: string; onConfirm: () => void; onCancel: () => void }) {
  return (
    <>
      <button type="button" className="rounded bg-neutral-900 px-3 py-1 text-white dark:bg-neutral-100 dark:text-neutral-900" onClick={onConfirm}>
        {label}
      </button>
      <button type="button" className="rounded border px-3 py-1" onClick={onCancel}>
        Cancel
      </button>
    </>
  );
}

const inputClass = "w-full rounded border border-neutral-400 bg-white px-2 py-1 dark:border-neutral-600 dark:bg-neutral-950";

function LinkForm({ editor, onDone }: { editor: Editor; onDone: () => void }) {
  const id = useId();
  const [href, setHref] = useState<string>(() => (editor.getAttributes("link").href as string | undefined) ?? "");
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const apply = () => {
    if (!href.trim()) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return onDone();
    }
    const safe = safeUrl(href.trim());
    if (!safe) return setError("Links must start with https://, http:// or mailto:, or be a path on this site such as /world.");
    editor.chain().focus().extendMarkRange("link").setLink({ href: safe }).run();
    onDone();
  };
  return (
    <Panel title="Link" onCancel={onDone} error={error}>
      <label htmlFor={id} className="block">
        Address (empty removes the link)
      </label>
      <div className="flex gap-2">
        <input ref={ref} id={id} className={inputClass} value={href} onChange={(e) => setHref(e.target.value)} onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), apply())} placeholder="https://" />
        <PanelButtons label="Apply" onConfirm={apply} onCancel={onDone} />
      </div>
    </Panel>
  );
}

function ImageForm({ editor, library, gallery, onDone, onUploaded }: { editor: Editor; library: LibraryItem[]; gallery: boolean; onDone: () => void; onUploaded?: (item: LibraryItem) => void }) {
  const [chosen, setChosen] = useState<number[]>([]);
  const [alt, setAlt] = useState("");
  const [caption, setCaption] = useState("");
  const [credit, setCredit] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const pick = (item: LibraryItem) => {
    if (gallery) setChosen((c) => (c.includes(item.id) ? c.filter((x) => x !== item.id) : [...c, item.id]));
    else {
      setChosen([item.id]);
      setAlt(item.alt);
      setCaption(item.caption ?? "");
      setCredit(item.credit ?? "");
    }
  };
  const toAttrs = (item: LibraryItem, over?: Partial<MediaImageAttrs>): MediaImageAttrs => ({
    src: item.src,
    alt: item.alt,
    width: item.width ?? undefined,
    height: item.height ?? undefined,
    caption: item.caption ?? undefined,
    credit: item.credit ?? undefined,
    ...over,
  });
  const insert = () => {
    const items = chosen.map((c) => library.find((m) => m.id === c)).filter((m): m is LibraryItem => Boolean(m));
    if (!items.length) return setError(gallery ? "Choose at least one image." : "Choose an image.");
    if (gallery) {
      if (items.some((i) => !i.alt.trim())) return setError("Every gallery image needs alt text in the media library.");
      editor.chain().focus().insertContent({ type: "gallery", attrs: { title: title.trim() || null, images: items.map((i) => toAttrs(i)) } }).run();
    } else {
      if (!alt.trim()) return setError("Describe the image for readers who cannot see it (alt text is required).");
      editor.chain().focus().insertContent({ type: "image", attrs: toAttrs(items[0]!, { alt: alt.trim(), caption: caption.trim() || undefined, credit: credit.trim() || undefined }) }).run();
    }
    onDone();
  };
  return (
    <Panel title={gallery ? "Insert gallery" : "Insert image"} onCancel={onDone} error={error}>
      {library.length ? (
        <ul className="grid max-h-56 grid-cols-3 gap-2 overflow-y-auto sm:grid-cols-6" aria-label="Media library images">
          {library.map((m) => (
            <li key={m.id}>
              <button type="button" aria-pressed={chosen.includes(m.id)} onClick={() => pick(m)} className="block w-full rounded border-2 border-transparent p-0.5 aria-pressed:border-red-700" title={m.label}>
                {/* eslint-disable-next-line @next/next/no-img-element -- thumbnails of the newsroom's own files */}
                <img src={m.src} alt={m.alt || m.label} className="aspect-video w-full object-cover" />
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>The media library has no images yet.</p>
      )}
      {onUploaded ? (
        <MediaPickerUpload
          onUploaded={(item) => {
            onUploaded(item);
            pick(item);
          }}
        />
      ) : null}
      {gallery ? (
        <label className="block">
          Gallery title
          <input className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </label>
      ) : (
        <div className="grid gap-2 sm:grid-cols-3">
          <label htmlFor={`${id}-alt`} className="block">
            Alt text (required)
            <input id={`${id}-alt`} className={inputClass} value={alt} onChange={(e) => setAlt(e.target.value)} maxLength={300} />
          </label>
          <label className="block">
            Caption
            <input className={inputClass} value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={500} />
          </label>
          <label className="block">
            Credit
            <input className={inputClass} value={credit} onChange={(e) => setCredit(e.target.value)} maxLength={200} />
          </label>
        </div>
      )}
      <div className="flex gap-2">
        <PanelButtons label={gallery ? `Insert gallery (${chosen.length})` : "Insert"} onConfirm={insert} onCancel={onDone} />
      </div>
    </Panel>
  );
}

function EmbedForm({ editor, kind, library, onDone }: { editor: Editor; kind: "video" | "audio"; library: LibraryItem[]; onDone: () => void }) {
  const [chosen, setChosen] = useState<string>("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const insert = () => {
    const item = library.find((m) => String(m.id) === chosen);
    if (!item) return setError(`Choose a ${kind} file.`);
    if (!title.trim()) return setError(`Give the ${kind} a title; screen readers announce it.`);
    editor.chain().focus().insertContent({ type: kind, attrs: { title: title.trim(), src: item.src } }).run();
    onDone();
  };
  return (
    <Panel title={`Insert ${kind}`} onCancel={onDone} error={error}>
      <div className="grid gap-2 sm:grid-cols-2">
        <label className="block">
          File
          <select className={inputClass} value={chosen} onChange={(e) => setChosen(e.target.value)}>
            <option value="">Choose…</option>
            {library.map((m) => (
              <option key={m.id} value={m.id}>
                {m.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          Title
          <input className={inputClass} value={title} onChange={(e) => setTitle(e.target.value)} maxLength={200} />
        </label>
      </div>
      <div className="flex gap-2">
        <PanelButtons label="Insert" onConfirm={insert} onCancel={onDone} />
      </div>
    </Panel>
  );
}

// ProseMirror builds attribute objects with a null prototype, which React's server-action encoding
// does not treat as plain data; a JSON round trip makes the document plain.
function plainJson(editor: Editor): unknown {
  return JSON.parse(JSON.stringify(editor.getJSON()));
}

/** The body editor. `onChange` receives the document JSON and its plain text when the editor
 *  starts (edited = false) and on every edit. */
export function RichTextEditor({ initial, library, onChange, labelledBy, invalid, onUploaded }: { initial: unknown; library: LibraryItem[]; onChange: (doc: unknown, text: string, edited: boolean) => void; labelledBy: string; invalid: boolean; onUploaded?: (item: LibraryItem) => void }) {
  const editor = useEditor({
    extensions,
    content: initial as object,
    immediatelyRender: false,
    editorProps: { attributes: { role: "textbox", "aria-multiline": "true", "aria-labelledby": labelledBy, "aria-invalid": invalid ? "true" : "false", "data-testid": "body-editor", class: "article-body editor-body min-h-80 p-4 focus:outline-none" } },
    onUpdate: ({ editor: e }) => onChange(plainJson(e), e.getText(), true),
    onCreate: ({ editor: e }) => onChange(plainJson(e), e.getText(), false),
  });
  return (
    <div className="rounded border border-neutral-400 bg-white focus-within:ring-2 focus-within:ring-red-700 dark:border-neutral-600 dark:bg-neutral-950">
      {editor ? <Toolbar editor={editor} library={library} onUploaded={onUploaded} /> : <div className="h-10 border-b border-neutral-300 dark:border-neutral-700" />}
      <EditorContent editor={editor} />
    </div>
  );
}
