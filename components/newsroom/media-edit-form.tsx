"use client";
// Edit an image's alt text, caption, credit and source, or delete it. A delete of an image in
// use comes back refused with the articles that use it, listed with links.
import Link from "next/link";
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { deleteMediaAction, updateMediaAction } from "@/app/(newsroom)/newsroom/media/actions";
import type { MediaUse } from "@/lib/data/media";
import { MEDIA_LIMITS, mediaFieldErrors, mediaFieldsSchema, type MediaFieldErrors } from "@/lib/validations/media";
import { useHydrated } from "@/components/site/use-hydrated";

const input = "mt-1 w-full rounded border border-neutral-400 bg-white px-2 py-1.5 dark:border-neutral-600 dark:bg-neutral-950 aria-[invalid=true]:border-red-700";
type Values = { alt: string; caption: string; credit: string; source: string };

export function MediaEditForm({ id, initial, canDelete }: { id: number; initial: Values; canDelete: boolean }) {
  const uid = useId();
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<MediaFieldErrors>({});
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [usedIn, setUsedIn] = useState<MediaUse[]>([]);
  const [pending, startTransition] = useTransition();
  const hydrated = useHydrated();
  const ids = (k: string) => `${uid}-${k}`;

  function onSave(e: React.FormEvent) {
    e.preventDefault();
    const check = mediaFieldsSchema.safeParse(values);
    if (!check.success) {
      setErrors(mediaFieldErrors(check.error));
      setMessage({ ok: false, text: "Please correct the marked fields." });
      return;
    }
    startTransition(async () => {
      const result = await updateMediaAction(id, values);
      setErrors(result.ok ? {} : (result.fields ?? {}));
      setMessage(result.ok ? { ok: true, text: "Saved." } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });
  }

  function onDelete() {
    if (!window.confirm("Delete this image and its files? This cannot be undone.")) return;
    startTransition(async () => {
      const result = await deleteMediaAction(id);
      if (result.ok) return router.push("/newsroom/media");
      setMessage({ ok: false, text: result.error });
      setUsedIn(result.usedIn ?? []);
    });
  }

  const field = (k: keyof Values, label: string, max: number) => (
    <div>
      <label htmlFor={ids(k)} className="font-semibold">
        {label}
      </label>
      <textarea
        id={ids(k)}
        rows={k === "caption" ? 3 : k === "alt" ? 2 : 1}
        className={input}
        value={values[k]}
        maxLength={max + 50}
        onChange={(e) => {
          setValues((v) => ({ ...v, [k]: e.target.value }));
          setErrors((x) => ({ ...x, [k]: undefined }));
        }}
        {...(errors[k] ? { "aria-invalid": true, "aria-describedby": ids(`${k}-error`) } : {})}
      />
      {errors[k] ? (
        <p id={ids(`${k}-error`)} className="mt-1 text-sm text-red-700 dark:text-red-300" data-testid="field-error">
          {errors[k]}
        </p>
      ) : null}
    </div>
  );

  return (
    <form onSubmit={onSave} noValidate className="space-y-3 text-sm" aria-label="Image details">
      {field("alt", "Alt text (required)", MEDIA_LIMITS.alt)}
      {field("caption", "Caption", MEDIA_LIMITS.caption)}
      {field("credit", "Credit", MEDIA_LIMITS.credit)}
      {field("source", "Source", MEDIA_LIMITS.source)}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" disabled={pending || !hydrated} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
          Save details
        </button>
        {canDelete ? (
          <button type="button" onClick={onDelete} disabled={pending || !hydrated} className="rounded border border-red-800 px-3 py-1.5 font-semibold text-red-800 disabled:opacity-50 dark:border-red-300 dark:text-red-300">
            Delete image
          </button>
        ) : null}
      </div>
      <div role="status" aria-live="polite" data-testid="media-message" className={message?.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}>
        {message?.text}
        {usedIn.length ? (
          <ul className="mt-1 list-disc pl-5" data-testid="delete-refused-uses">
            {usedIn.map((u) => (
              <li key={u.id}>
                {u.deleted ? u.headline : <Link href={`/newsroom/articles/${u.id}`} className="underline">{u.headline}</Link>}
                {u.deleted ? " (deleted)" : ""}
                {u.lead ? " — lead image" : ""}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </form>
  );
}
