"use client";
// The article editor: fields, body, and the workflow panel. It validates with the same zod schema
// as the server, shows errors beside the fields, and keeps whatever was typed on any failure —
// including a save refused because someone else saved first.
import { useEffect, useId, useMemo, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { RichTextEditor, type LibraryItem } from "@/components/newsroom/rich-text-editor";
import { MediaPickerUpload } from "@/components/newsroom/media-upload";
import { articleFieldsSchema, fieldErrors, type ArticleFields, type FieldErrors } from "@/lib/validations/article";
import { countWords, readingMinutes } from "@/lib/rich-text";
import { slugify } from "@/lib/urls";
import { availableMoves, MOVES, statusLabel, type WorkflowAction } from "@/lib/workflow";
import { canDeleteArticle, type Actor } from "@/lib/permissions";
import { dateToZonedInput, formatNewsroomTime, zonedTimeToDate } from "@/lib/format";
import { deleteArticleAction, moveArticleAction, previewLinkAction, saveArticleAction, type ActionResult, type SavedState } from "@/app/(newsroom)/newsroom/articles/actions";

export type EditorProps = {
  actor: Actor;
  initial: ArticleFields;
  saved: SavedState | null;
  createdById: number | null;
  sections: { id: number; name: string }[];
  staff: { id: number; name: string; disabled: boolean }[];
  tagNames: string[];
  library: LibraryItem[];
  timeZone: string;
  publicPath: string | null;
};

const input = "mt-1 w-full rounded border border-neutral-400 bg-white px-2 py-1.5 dark:border-neutral-600 dark:bg-neutral-950 aria-[invalid=true]:border-red-700";

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm text-red-700 dark:text-red-300" data-testid="field-error">
      {message}
    </p>
  );
}

export function ArticleEditor(props: EditorProps) {
  const { actor, sections, staff, tagNames, timeZone } = props;
  // Images uploaded from this editor's pickers join the library without a reload.
  const [uploaded, setUploaded] = useState<LibraryItem[]>([]);
  const library = useMemo(() => [...uploaded, ...props.library], [uploaded, props.library]);
  const addUploaded = (item: LibraryItem) => setUploaded((u) => [item, ...u]);
  const router = useRouter();
  const uid = useId();
  const [values, setValues] = useState<ArticleFields>(props.initial);
  const [saved, setSaved] = useState<SavedState | null>(props.saved);
  const [dirty, setDirty] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error" | "conflict"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const [words, setWords] = useState(0);
  const [tagDraft, setTagDraft] = useState("");
  const [scheduleAt, setScheduleAt] = useState(() => (props.saved?.scheduledAt ? dateToZonedInput(new Date(props.saved.scheduledAt), timeZone) : ""));
  const [preview, setPreview] = useState<{ url: string; expires: string } | null>(null);

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const set = <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setDirty(true);
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  };

  const access = { createdById: props.createdById ?? actor.id, authorIds: (saved ? values.authorIds : [actor.id]) as number[], status: saved?.status ?? "DRAFT", publishedAt: saved?.publishedAt ? new Date(saved.publishedAt) : null };
  const moves = saved ? availableMoves(actor, access) : [];
  const autoSlug = useMemo(() => slugify(values.headline || ""), [values.headline]);

  function apply(result: ActionResult, doneText: string): SavedState | null {
    if (result.ok) {
      setSaved(result.article);
      setErrors({});
      setMessage({ kind: "ok", text: `${doneText} ${formatNewsroomTime(new Date(result.article.updatedAt), timeZone)}` });
      return result.article;
    }
    setErrors(result.fields ?? {});
    setMessage({ kind: result.code === "conflict" ? "conflict" : "error", text: result.error });
    return null;
  }

  async function save(): Promise<SavedState | null> {
    const check = articleFieldsSchema.safeParse(values);
    if (!check.success) {
      setErrors(fieldErrors(check.error));
      setMessage({ kind: "error", text: "Please correct the marked fields." });
      return null;
    }
    const result = await saveArticleAction(saved?.id ?? null, saved?.version ?? null, values);
    const state = apply(result, "Saved");
    if (state) {
      setDirty(false);
      if (!saved) router.replace(`/newsroom/articles/${state.id}`);
      else setValues((v) => ({ ...v, slug: state.slug }));
    }
    return state;
  }

  function onSave(e: React.FormEvent) {
    e.preventDefault();
    setMessage({ kind: "ok", text: "Saving…" });
    startTransition(async () => {
      await save();
    });
  }

  function onMove(action: WorkflowAction) {
    startTransition(async () => {
      let current = saved;
      if (dirty || !current) current = await save();
      if (!current) return;
      let at: string | undefined;
      if (action === "schedule") {
        const when = zonedTimeToDate(scheduleAt, timeZone);
        if (!when) return setMessage({ kind: "error", text: "Choose the date and time to publish." });
        at = when.toISOString();
      }
      const result = await moveArticleAction({ id: current.id, version: current.version, action, at });
      if (apply(result, `${MOVES[action].label.replace(/ now$/, "")}: done at`)) router.refresh();
    });
  }

  function onDelete() {
    if (!saved || !window.confirm("Delete this article? It leaves the site and the list; an admin can restore it.")) return;
    startTransition(async () => {
      const result = await deleteArticleAction({ id: saved.id, version: saved.version });
      if (result.ok) {
        setDirty(false);
        router.push("/newsroom");
      } else apply(result, "");
    });
  }

  function onPreview() {
    if (!saved) return;
    startTransition(async () => {
      const result = await previewLinkAction(saved.id);
      if (result.ok) setPreview({ url: result.url, expires: result.expires });
      else setMessage({ kind: "error", text: result.error });
    });
  }

  function addTag() {
    const name = tagDraft.trim();
    if (!name) return;
    if (!values.tags.some((t) => t.toLowerCase() === name.toLowerCase())) set("tags", [...values.tags, name]);
    setTagDraft("");
  }

  const moveAuthor = (index: number, delta: number) => {
    const next = [...values.authorIds];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    set("authorIds", next);
  };

  const ids = (k: string) => `${uid}-${k}`;
  const described = (k: keyof FieldErrors) => (errors[k] ? { "aria-invalid": true, "aria-describedby": ids(`${k}-error`) } : {});
  const staffName = (id: number) => staff.find((s) => s.id === id)?.name ?? `User ${id}`;
  const images = library.filter((m) => m.kind === "IMAGE");
  const lead = images.find((m) => m.id === values.leadMediaId);

  return (
    <form onSubmit={onSave} noValidate className="grid gap-6 lg:grid-cols-[1fr_20rem]" aria-label="Article">
      <div className="min-w-0 space-y-4">
        <div>
          <label htmlFor={ids("headline")} className="text-sm font-semibold">
            Headline
          </label>
          <textarea id={ids("headline")} rows={2} className={`${input} font-serif text-2xl font-bold`} value={values.headline} onChange={(e) => set("headline", e.target.value.replace(/\n/g, " "))} maxLength={400} {...described("headline")} />
          <FieldError id={ids("headline-error")} message={errors.headline} />
        </div>
        <div>
          <label htmlFor={ids("standfirst")} className="text-sm font-semibold">
            Standfirst
          </label>
          <textarea id={ids("standfirst")} rows={2} className={input} value={values.standfirst} onChange={(e) => set("standfirst", e.target.value)} maxLength={800} {...described("standfirst")} />
          <FieldError id={ids("standfirst-error")} message={errors.standfirst} />
        </div>
        <div>
          <p id={ids("body-label")} className="text-sm font-semibold">
            Body
          </p>
          <RichTextEditor
            initial={values.body}
            library={library}
            onUploaded={addUploaded}
            labelledBy={ids("body-label")}
            invalid={Boolean(errors.body)}
            onChange={(doc, text, edited) => {
              setValues((v) => ({ ...v, body: doc }));
              setWords(countWords(text));
              if (edited) {
                setDirty(true);
                setErrors((e) => (e.body ? { ...e, body: undefined } : e));
              }
            }}
          />
          <FieldError id={ids("body-error")} message={errors.body} />
          <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400" data-testid="word-count">
            {words} {words === 1 ? "word" : "words"} · {readingMinutes(words)} min read
          </p>
        </div>
      </div>

      <aside className="space-y-5 text-sm" aria-label="Publishing">
        <section className="space-y-2 rounded border border-neutral-300 p-3 dark:border-neutral-700">
          <h2 className="font-semibold">
            Status: <span data-testid="article-status">{statusLabel(saved?.status ?? "DRAFT")}</span>
            {saved ? <span className="ml-1 font-normal text-neutral-600 dark:text-neutral-400">· version {saved.version}</span> : <span className="ml-1 font-normal">(not saved yet)</span>}
          </h2>
          {saved?.status === "SCHEDULED" && saved.scheduledAt ? <p>Publishes at {formatNewsroomTime(new Date(saved.scheduledAt), timeZone)}</p> : null}
          {saved?.publishedAt ? <p>First published {formatNewsroomTime(new Date(saved.publishedAt), timeZone)}</p> : null}
          <div role="status" aria-live="polite" data-testid="save-status" className={message?.kind === "ok" ? "text-green-800 dark:text-green-300" : ""}>
            {message?.kind === "ok" ? message.text : dirty ? "Unsaved changes" : saved ? "All changes saved" : ""}
          </div>
          {message && message.kind !== "ok" ? (
            <p data-testid="form-error" className={`rounded p-2 ${message.kind === "conflict" ? "bg-amber-100 text-amber-950 dark:bg-amber-950 dark:text-amber-100" : "bg-red-50 text-red-800 dark:bg-red-950 dark:text-red-200"}`}>
              {message.text}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
              {saved ? "Save" : "Create draft"}
            </button>
            {moves
              .filter((m) => m !== "schedule")
              .map((m) => (
                <button key={m} type="button" disabled={pending} onClick={() => onMove(m)} className={`rounded px-3 py-1.5 font-semibold disabled:opacity-50 ${m === "publish" ? "bg-red-800 text-white" : "border border-neutral-400 dark:border-neutral-600"}`}>
                  {MOVES[m].label}
                </button>
              ))}
          </div>
          {moves.includes("schedule") ? (
            <div className="border-t border-neutral-200 pt-2 dark:border-neutral-800">
              <label htmlFor={ids("schedule")}>Publish at ({timeZone})</label>
              <div className="flex gap-2">
                <input id={ids("schedule")} type="datetime-local" className={input} value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} />
                <button type="button" disabled={pending} onClick={() => onMove("schedule")} className="mt-1 rounded border border-neutral-400 px-3 font-semibold disabled:opacity-50 dark:border-neutral-600">
                  Schedule
                </button>
              </div>
            </div>
          ) : null}
          {saved ? (
            <div className="flex flex-wrap gap-3 border-t border-neutral-200 pt-2 dark:border-neutral-800">
              <button type="button" onClick={onPreview} className="underline">
                Preview link
              </button>
              {props.publicPath && saved.status === "PUBLISHED" ? (
                <a href={props.publicPath} className="underline">
                  View on site
                </a>
              ) : null}
              {canDeleteArticle(actor, access) ? (
                <button type="button" onClick={onDelete} className="text-red-800 underline dark:text-red-300">
                  Delete
                </button>
              ) : null}
            </div>
          ) : null}
          {preview ? (
            <p data-testid="preview-link">
              <a href={preview.url} target="_blank" rel="noreferrer" className="break-all underline">
                Open preview
              </a>{" "}
              (expires {formatNewsroomTime(new Date(preview.expires), timeZone)})
            </p>
          ) : null}
        </section>

        <section className="space-y-3 rounded border border-neutral-300 p-3 dark:border-neutral-700">
          <div>
            <label htmlFor={ids("section")} className="font-semibold">
              Section
            </label>
            <select id={ids("section")} className={input} value={values.sectionId ?? ""} onChange={(e) => set("sectionId", Number(e.target.value))} {...described("sectionId")}>
              <option value="">Choose…</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
            <FieldError id={ids("sectionId-error")} message={errors.sectionId} />
          </div>

          <div>
            <label htmlFor={ids("slug")} className="font-semibold">
              Slug
            </label>
            <input id={ids("slug")} className={input} value={values.slug} placeholder={autoSlug} onChange={(e) => set("slug", e.target.value)} maxLength={120} {...described("slug")} />
            <p className="mt-1 text-xs text-neutral-600 dark:text-neutral-400">Empty: made from the headline. Old slugs keep redirecting.</p>
            <FieldError id={ids("slug-error")} message={errors.slug} />
          </div>

          <fieldset>
            <legend className="font-semibold">Authors</legend>
            <ol className="mt-1 space-y-1" data-testid="authors">
              {values.authorIds.map((id, i) => (
                <li key={id} className="flex items-center justify-between gap-2">
                  <span>
                    {i + 1}. {staffName(id)}
                  </span>
                  <span className="flex gap-1">
                    <button type="button" aria-label={`Move ${staffName(id)} up`} disabled={i === 0} onClick={() => moveAuthor(i, -1)} className="px-1 disabled:opacity-30">
                      ↑
                    </button>
                    <button type="button" aria-label={`Move ${staffName(id)} down`} disabled={i === values.authorIds.length - 1} onClick={() => moveAuthor(i, 1)} className="px-1 disabled:opacity-30">
                      ↓
                    </button>
                    <button type="button" aria-label={`Remove ${staffName(id)}`} onClick={() => set("authorIds", values.authorIds.filter((x) => x !== id))} className="px-1">
                      ✕
                    </button>
                  </span>
                </li>
              ))}
            </ol>
            <label htmlFor={ids("add-author")} className="sr-only">
              Add author
            </label>
            <select
              id={ids("add-author")}
              className={input}
              value=""
              onChange={(e) => e.target.value && set("authorIds", [...values.authorIds, Number(e.target.value)])}
              {...described("authorIds")}
            >
              <option value="">Add author…</option>
              {staff
                .filter((s) => !s.disabled && !values.authorIds.includes(s.id))
                .map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
            </select>
            <FieldError id={ids("authorIds-error")} message={errors.authorIds} />
          </fieldset>

          <div>
            <label htmlFor={ids("tags")} className="font-semibold">
              Tags
            </label>
            <ul className="mt-1 flex flex-wrap gap-1" data-testid="tags">
              {values.tags.map((t) => (
                <li key={t} className="flex items-center gap-1 rounded bg-neutral-200 px-2 py-0.5 dark:bg-neutral-800">
                  {t}
                  <button type="button" aria-label={`Remove tag ${t}`} onClick={() => set("tags", values.tags.filter((x) => x !== t))}>
                    ✕
                  </button>
                </li>
              ))}
            </ul>
            <input
              id={ids("tags")}
              className={input}
              list={ids("tag-list")}
              value={tagDraft}
              placeholder="Type a tag, press Enter"
              onChange={(e) => setTagDraft(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === ",") {
                  e.preventDefault();
                  addTag();
                }
              }}
              onBlur={addTag}
              maxLength={60}
              {...described("tags")}
            />
            <datalist id={ids("tag-list")}>
              {tagNames.map((t) => (
                <option key={t} value={t} />
              ))}
            </datalist>
            <FieldError id={ids("tags-error")} message={errors.tags} />
          </div>

          <div>
            <label htmlFor={ids("lead")} className="font-semibold">
              Lead image
            </label>
            <select id={ids("lead")} className={input} value={values.leadMediaId ?? ""} onChange={(e) => set("leadMediaId", e.target.value ? Number(e.target.value) : null)} {...described("leadMediaId")}>
              <option value="">None</option>
              {images.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.label}
                </option>
              ))}
            </select>
            {lead ? (
              // eslint-disable-next-line @next/next/no-img-element -- a thumbnail of the newsroom's own file
              <img src={lead.src} alt={lead.alt} className="mt-2 aspect-video w-full rounded object-cover" />
            ) : null}
            <FieldError id={ids("leadMediaId-error")} message={errors.leadMediaId} />
            <div className="mt-2">
              <MediaPickerUpload
                onUploaded={(item) => {
                  addUploaded(item);
                  set("leadMediaId", item.id);
                }}
              />
            </div>
          </div>

          <label className="flex items-center gap-2 font-semibold">
            <input type="checkbox" checked={values.breaking} onChange={(e) => set("breaking", e.target.checked)} />
            Breaking news
          </label>
        </section>

        <section className="space-y-3 rounded border border-neutral-300 p-3 dark:border-neutral-700">
          <h2 className="font-semibold">Search engines</h2>
          <div>
            <label htmlFor={ids("seoTitle")}>SEO title</label>
            <input id={ids("seoTitle")} className={input} value={values.seoTitle} placeholder={values.headline} onChange={(e) => set("seoTitle", e.target.value)} maxLength={140} {...described("seoTitle")} />
            <p className="text-xs text-neutral-600 dark:text-neutral-400">{values.seoTitle.length}/70</p>
            <FieldError id={ids("seoTitle-error")} message={errors.seoTitle} />
          </div>
          <div>
            <label htmlFor={ids("seoDescription")}>SEO description</label>
            <textarea id={ids("seoDescription")} rows={3} className={input} value={values.seoDescription} placeholder={values.standfirst} onChange={(e) => set("seoDescription", e.target.value)} maxLength={400} {...described("seoDescription")} />
            <p className="text-xs text-neutral-600 dark:text-neutral-400">{values.seoDescription.length}/200</p>
            <FieldError id={ids("seoDescription-error")} message={errors.seoDescription} />
          </div>
        </section>
      </aside>
    </form>
  );
}
