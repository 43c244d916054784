"use client";
// The article editor: fields, body, and the workflow panel. It validates with the same zod schema
// as the server, shows errors beside the fields, and keeps whatever was typed on any failure —
// including a save refused because someone else saved first.
import { useEffect, useEffectEvent, useId, useMemo, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { useRouter } from "next/navigation";
import { RichTextEditor, type LibraryItem } from "@/components/newsroom/rich-text-editor";
import { useHydrated } from "@/components/site/use-hydrated";
import { MediaPickerUpload } from "@/components/newsroom/media-upload";
import { articleFieldsSchema, fieldErrors, type ArticleFields, type FieldErrors } from "@/lib/validations/article";
import { countWords, readingMinutes } from "@/lib/rich-text";
import { slugify } from "@/lib/urls";
import { availableMoves, MOVES, statusLabel, type WorkflowAction } from "@/lib/workflow";
import { canDeleteArticle, type Actor } from "@/lib/permissions";
import { dateToZonedInput, formatNewsroomTime, zonedTimeToDate } from "@/lib/format";
import { deleteArticleAction, moveArticleAction, previewLinkAction, saveArticleAction, type ActionResult, type ConflictState, type SavedState } from "@/app/(newsroom)/newsroom/articles/actions";
import { FieldsAndBodyDiff } from "@/components/newsroom/diff-view";

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

/** Autosave this long after the last change; retry a failed connection after RETRY_MS. */
const AUTOSAVE_MS = 3000;
const RETRY_MS = 5000;
const PRESENCE_MS = 10_000;

type Backup = { values: ArticleFields; version: number | null; at: string };

function subscribeStorage(onChange: () => void) {
  window.addEventListener("storage", onChange);
  window.addEventListener("dateline-storage", onChange);
  return () => {
    window.removeEventListener("storage", onChange);
    window.removeEventListener("dateline-storage", onChange);
  };
}
function readStorage(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}
function clearStorage(key: string) {
  try {
    localStorage.removeItem(key);
    window.dispatchEvent(new Event("dateline-storage"));
  } catch {}
}
function parseBackup(raw: string | null): Backup | null {
  if (!raw) return null;
  try {
    const b = JSON.parse(raw) as Backup;
    return b && typeof b === "object" && b.values && typeof b.values.headline === "string" ? b : null;
  } catch {
    return null;
  }
}

/**
 * Goodbyes held back after an editor unmounts: creating a draft remounts the editor at the
 * article's own address, and a goodbye sent then could reach the server after the new mount's
 * heartbeat and clear a presence that is still true. A mount for the same article cancels it.
 */
const pendingGoodbyes = new Map<number, ReturnType<typeof setTimeout>>();
const GOODBYE_DELAY_MS = 2000;

/** Who else has this article open (heartbeat every PRESENCE_MS; goodbye when the tab closes). */
function usePresence(articleId: number | null) {
  const [others, setOthers] = useState<{ id: number; name: string }[]>([]);
  useEffect(() => {
    if (!articleId) return;
    clearTimeout(pendingGoodbyes.get(articleId));
    pendingGoodbyes.delete(articleId);
    let stopped = false;
    const beat = async () => {
      try {
        const response = await fetch(`/api/presence/${articleId}`, { method: "POST" });
        if (response.ok && !stopped) setOthers(((await response.json()) as { others: { id: number; name: string }[] }).others);
      } catch {
        // Offline: presence is best effort.
      }
    };
    void beat();
    const timer = setInterval(beat, PRESENCE_MS);
    const bye = () => navigator.sendBeacon(`/api/presence/${articleId}?leave=1`);
    window.addEventListener("pagehide", bye);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener("pagehide", bye);
      pendingGoodbyes.set(
        articleId,
        setTimeout(() => {
          pendingGoodbyes.delete(articleId);
          bye();
        }, GOODBYE_DELAY_MS),
      );
    };
  }, [articleId]);
  return others;
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
  const [conflict, setConflict] = useState<ConflictState | null>(null);
  // The body's plain text as typed, for the conflict panel's comparison.
  const [bodyText, setBodyText] = useState("");
  const [saving, setSaving] = useState(false);
  const [offline, setOffline] = useState(false);
  const [retry, setRetry] = useState(0);
  const [bodyKey, setBodyKey] = useState(0);
  const [recoveryHandled, setRecoveryHandled] = useState(false);
  // The newest saved state and edit counter, read by queued saves after awaits.
  const savedRef = useRef<SavedState | null>(props.saved);
  const editSeq = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const backupKey = `dateline:article:${props.saved?.id ?? "new"}`;
  const others = usePresence(saved?.id ?? null);
  const hydrated = useHydrated();

  // Leaving with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // Every unsaved change is also kept in this browser until the server has it.
  useEffect(() => {
    if (!dirty) return;
    try {
      localStorage.setItem(backupKey, JSON.stringify({ values, version: savedRef.current?.version ?? null, at: new Date().toISOString() }));
    } catch {
      // Storage full or blocked: the server save still runs.
    }
  }, [values, dirty, backupKey]);

  // A copy left by a crash, a closed tab or a failed connection: offer it back.
  const backupRaw = useSyncExternalStore(subscribeStorage, () => readStorage(backupKey), () => null);
  const backup = useMemo(() => parseBackup(backupRaw), [backupRaw]);
  const offerRecovery = !recoveryHandled && !dirty && backup !== null && JSON.stringify(backup.values) !== JSON.stringify(props.initial);

  const touch = () => {
    editSeq.current += 1;
    setDirty(true);
  };

  const set = <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    touch();
    setErrors((e) => (e[key] ? { ...e, [key]: undefined } : e));
  };

  const access = { createdById: props.createdById ?? actor.id, authorIds: (saved ? values.authorIds : [actor.id]) as number[], status: saved?.status ?? "DRAFT", publishedAt: saved?.publishedAt ? new Date(saved.publishedAt) : null };
  const moves = saved ? availableMoves(actor, access) : [];
  const autoSlug = useMemo(() => slugify(values.headline || ""), [values.headline]);

  function apply(result: ActionResult, doneText: string): SavedState | null {
    if (result.ok) {
      savedRef.current = result.article;
      setSaved(result.article);
      setErrors({});
      setMessage({ kind: "ok", text: `${doneText} ${formatNewsroomTime(new Date(result.article.updatedAt), timeZone)}` });
      return result.article;
    }
    setErrors(result.fields ?? {});
    if (result.code === "conflict" && result.conflict) setConflict(result.conflict);
    setMessage({ kind: result.code === "conflict" ? "conflict" : "error", text: result.error });
    return null;
  }

  /** Saves one snapshot of the form. Saves run one at a time, each on the newest version. */
  function save(snapshot: ArticleFields, mode: "save" | "autosave" | "overwrite"): Promise<SavedState | null> {
    const task = async (): Promise<SavedState | null> => {
      const seq = editSeq.current;
      const check = articleFieldsSchema.safeParse(snapshot);
      if (!check.success) {
        const fields = fieldErrors(check.error);
        if (mode === "autosave") setMessage({ kind: "error", text: `Not autosaved yet: ${Object.values(fields)[0] ?? "check the fields"}` });
        else {
          setErrors(fields);
          setMessage({ kind: "error", text: "Please correct the marked fields." });
        }
        return null;
      }
      const current = savedRef.current;
      const version = mode === "overwrite" ? (conflict?.version ?? current?.version) : current?.version;
      setSaving(true);
      let result: ActionResult;
      try {
        result = await saveArticleAction(current?.id ?? null, version ?? null, snapshot, mode === "autosave" ? "autosave" : "save");
      } catch {
        setOffline(true);
        setMessage({ kind: "error", text: "Not saved: the server cannot be reached. Your text is kept in this browser; retrying…" });
        setTimeout(() => setRetry((r) => r + 1), RETRY_MS);
        return null;
      } finally {
        setSaving(false);
      }
      setOffline(false);
      const state = apply(result, mode === "autosave" ? "Autosaved" : "Saved");
      if (!state) return null;
      setConflict(null);
      if (editSeq.current === seq) {
        setDirty(false);
        clearStorage(backupKey);
      }
      if (!current) {
        clearStorage(backupKey);
        router.replace(`/newsroom/articles/${state.id}`);
      } else setValues((v) => (v.slug === state.slug ? v : { ...v, slug: state.slug }));
      return state;
    };
    const next = queue.current.then(task, task);
    queue.current = next;
    return next;
  }

  // Autosave: a few seconds after the last change, for articles that exist. Paused on a conflict.
  const autosave = useEffectEvent(() => {
    void save(values, "autosave");
  });
  useEffect(() => {
    if (!dirty || !saved || conflict) return;
    const timer = setTimeout(autosave, AUTOSAVE_MS);
    return () => clearTimeout(timer);
  }, [values, dirty, saved, conflict, retry]);

  function onSave(e: React.FormEvent) {
    e.preventDefault();
    startTransition(async () => {
      await save(values, "save");
    });
  }

  function keepMine() {
    startTransition(async () => {
      await save(values, "overwrite");
    });
  }

  function loadTheirs() {
    // Our text stays in this browser; the reload offers it back.
    try {
      localStorage.setItem(backupKey, JSON.stringify({ values, version: savedRef.current?.version ?? null, at: new Date().toISOString() }));
    } catch {}
    setDirty(false);
    window.location.reload();
  }

  function recover() {
    if (!backup) return;
    setValues(backup.values);
    setBodyKey((k) => k + 1);
    setRecoveryHandled(true);
    touch();
  }

  function discardRecovery() {
    clearStorage(backupKey);
    setRecoveryHandled(true);
  }

  function onMove(action: WorkflowAction) {
    startTransition(async () => {
      let current = savedRef.current;
      if (dirty || !current) current = await save(values, "save");
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
            key={bodyKey}
            initial={values.body}
            library={library}
            onUploaded={addUploaded}
            labelledBy={ids("body-label")}
            invalid={Boolean(errors.body)}
            onChange={(doc, text, edited) => {
              setValues((v) => ({ ...v, body: doc }));
              setWords(countWords(text));
              setBodyText(text);
              if (edited) {
                touch();
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
          <div role="status" aria-live="polite" data-testid="save-status" className={message?.kind === "ok" && !dirty ? "text-green-800 dark:text-green-300" : ""}>
            {saving ? "Saving…" : offline ? "Offline: kept in this browser, retrying" : message?.kind === "ok" && !dirty ? message.text : dirty ? "Unsaved changes" : saved ? "All changes saved" : ""}
          </div>
          {others.length ? (
            <p data-testid="presence" className="rounded bg-sky-50 p-2 text-sky-950 dark:bg-sky-950 dark:text-sky-100">
              Also editing now: {others.map((o) => o.name).join(", ")}
            </p>
          ) : null}
          {message && message.kind === "error" ? (
            <p data-testid="form-error" className="rounded bg-red-50 p-2 text-red-800 dark:bg-red-950 dark:text-red-200">
              {message.text}
            </p>
          ) : null}
          {conflict && saved ? (
            <div data-testid="conflict" className="space-y-2 rounded border border-amber-500 p-2">
              <p>
                {conflict.by} saved at {formatNewsroomTime(new Date(conflict.at), timeZone)}. Your text is still here and has not been saved. Autosave is paused.
              </p>
              <div className="flex flex-wrap gap-2">
                <button type="button" disabled={pending} onClick={keepMine} className="rounded bg-amber-700 px-2 py-1 font-semibold text-white">
                  Keep mine as the newest version
                </button>
                <a href={`/newsroom/articles/${saved.id}/revisions`} target="_blank" rel="noreferrer" className="rounded border px-2 py-1">
                  Compare versions
                </a>
                <button type="button" onClick={loadTheirs} className="rounded border px-2 py-1">
                  Load their version
                </button>
              </div>
              <p className="text-xs">Keeping yours saves it on top; their version stays in the revisions. Loading theirs keeps yours in this browser to recover.</p>
              <details data-testid="conflict-diff">
                <summary className="cursor-pointer font-semibold">Show what differs: theirs struck through, yours marked</summary>
                <FieldsAndBodyDiff
                  before={{ fields: { headline: conflict.theirs.headline, standfirst: conflict.theirs.standfirst }, text: conflict.theirs.text }}
                  after={{ fields: { headline: values.headline, standfirst: values.standfirst }, text: bodyText }}
                  labels={{ headline: "Headline", standfirst: "Standfirst" }}
                  onlyChanges
                />
              </details>
            </div>
          ) : null}
          {offerRecovery && backup ? (
            <div data-testid="recovery" className="space-y-2 rounded border border-sky-600 p-2">
              <p>This browser has unsaved text for this article from {formatNewsroomTime(new Date(backup.at), timeZone)}.</p>
              <div className="flex gap-2">
                <button type="button" onClick={recover} className="rounded bg-sky-800 px-2 py-1 font-semibold text-white">
                  Recover it
                </button>
                <button type="button" onClick={discardRecovery} className="rounded border px-2 py-1">
                  Discard
                </button>
              </div>
            </div>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="submit" disabled={pending || !hydrated} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
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
              <div className="flex flex-wrap gap-2">
                <input id={ids("schedule")} type="datetime-local" className={`${input} min-w-0 flex-1 basis-44`} value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} />
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
              <a href={`/newsroom/articles/${saved.id}/revisions`} className="underline">
                Revisions
              </a>
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

          <div>
            <label htmlFor={ids("language")} className="font-semibold">
              Language
            </label>
            <select id={ids("language")} className={input} value={values.language ?? "en"} onChange={(e) => set("language", e.target.value === "ru" ? "ru" : "en")} {...described("language")}>
              <option value="en">English</option>
              <option value="ru" lang="ru">
                Русский
              </option>
            </select>
            <p className="text-xs text-neutral-600 dark:text-neutral-400">The edition the story appears in (Russian: under /ru).</p>
            <FieldError id={ids("language-error")} message={errors.language} />
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
