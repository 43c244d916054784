"use client";
// Upload one image with its alt text, caption, credit and source. Used on /newsroom/media and,
// folded up, inside the article editor (which is itself a <form>, so this renders no <form> of
// its own and sends the fields through the server action directly).
import { useId, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import type { LibraryItem } from "@/components/newsroom/rich-text-editor";
import { uploadMediaAction, type UploadedItem } from "@/app/(newsroom)/newsroom/media/actions";
import { MEDIA_LIMITS, mediaFieldErrors, mediaFieldsSchema, type MediaFieldErrors } from "@/lib/validations/media";

export const ACCEPTED_IMAGE_TYPES = "image/jpeg,image/png,image/webp,image/avif,image/gif";

export function toLibraryItem(item: UploadedItem): LibraryItem {
  return { ...item, kind: "IMAGE", label: item.alt.slice(0, 80) };
}

const input = "mt-1 w-full rounded border border-neutral-400 bg-white px-2 py-1.5 dark:border-neutral-600 dark:bg-neutral-950 aria-[invalid=true]:border-red-700";
const EMPTY = { alt: "", caption: "", credit: "", source: "" };

type Props = {
  /** Known on the media page; in the editor the server's answer gives the limit instead. */
  maxBytes?: number;
  onUploaded?: (item: UploadedItem) => void;
  submitLabel?: string;
};

export function MediaUpload({ maxBytes, onUploaded, submitLabel = "Upload" }: Props) {
  const uid = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<MediaFieldErrors>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const ids = (k: string) => `${uid}-${k}`;
  const described = (k: keyof MediaFieldErrors) => (errors[k] ? { "aria-invalid": true, "aria-describedby": ids(`${k}-error`) } : {});
  const set = (k: keyof typeof EMPTY, v: string) => {
    setValues((x) => ({ ...x, [k]: v }));
    setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  };

  function upload() {
    const file = fileRef.current?.files?.[0];
    const check = mediaFieldsSchema.safeParse(values);
    const found: MediaFieldErrors = check.success ? {} : mediaFieldErrors(check.error);
    if (!file) found.file = "Choose an image to upload.";
    else if (file.size === 0) found.file = "The file is empty.";
    else if (maxBytes && file.size > maxBytes) found.file = `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${Math.round(maxBytes / 1048576)} MB.`;
    if (Object.keys(found).length || !file) {
      setErrors(found);
      setStatus({ ok: false, text: "Please correct the marked fields." });
      return;
    }
    const form = new FormData();
    form.set("file", file);
    for (const [k, v] of Object.entries(values)) form.set(k, v);
    setStatus({ ok: true, text: "Uploading…" });
    startTransition(async () => {
      let result;
      try {
        result = await uploadMediaAction(form);
      } catch {
        // The server refuses bodies over its limit before the action runs; nothing is stored.
        setErrors({ file: "The upload was refused: the file is larger than the upload limit, or the connection dropped." });
        setStatus({ ok: false, text: "Nothing was uploaded." });
        return;
      }
      if (!result.ok) {
        setErrors(result.fields ?? {});
        setStatus({ ok: false, text: result.error });
        return;
      }
      setValues(EMPTY);
      setErrors({});
      if (fileRef.current) fileRef.current.value = "";
      setStatus({ ok: true, text: `Uploaded “${result.item.alt}”.` });
      onUploaded?.(result.item);
    });
  }

  const field = (k: keyof typeof EMPTY, label: string, max: number, hint?: string) => (
    <div>
      <label htmlFor={ids(k)} className="font-semibold">
        {label}
      </label>
      {k === "alt" || k === "caption" ? (
        <textarea id={ids(k)} rows={2} className={input} value={values[k]} maxLength={max + 50} onChange={(e) => set(k, e.target.value)} aria-required={k === "alt"} {...described(k)} />
      ) : (
        <input id={ids(k)} className={input} value={values[k]} maxLength={max + 50} onChange={(e) => set(k, e.target.value)} {...described(k)} />
      )}
      {hint ? <p className="text-xs text-neutral-600 dark:text-neutral-400">{hint}</p> : null}
      {errors[k] ? (
        <p id={ids(`${k}-error`)} className="mt-1 text-sm text-red-700 dark:text-red-300" data-testid="field-error">
          {errors[k]}
        </p>
      ) : null}
    </div>
  );

  return (
    <div role="group" aria-label="Upload an image" className="space-y-3 text-sm" data-testid="media-upload">
      <div>
        <label htmlFor={ids("file")} className="font-semibold">
          Image file
        </label>
        <input
          ref={fileRef}
          id={ids("file")}
          type="file"
          accept={ACCEPTED_IMAGE_TYPES}
          className="mt-1 block w-full text-sm file:mr-3 file:rounded file:border file:border-neutral-400 file:bg-white file:px-2 file:py-1 dark:file:bg-neutral-900"
          onChange={() => setErrors((e) => ({ ...e, file: undefined }))}
          {...described("file")}
        />
        <p className="text-xs text-neutral-600 dark:text-neutral-400">JPEG, PNG, WebP, AVIF or GIF{maxBytes ? `, up to ${Math.round(maxBytes / 1048576)} MB` : ""}. Location and camera data are removed.</p>
        {errors.file ? (
          <p id={ids("file-error")} className="mt-1 text-sm text-red-700 dark:text-red-300" data-testid="field-error">
            {errors.file}
          </p>
        ) : null}
      </div>
      {field("alt", "Alt text (required)", MEDIA_LIMITS.alt, "What the picture shows, for readers who cannot see it.")}
      {field("caption", "Caption", MEDIA_LIMITS.caption)}
      <div className="grid gap-3 sm:grid-cols-2">
        {field("credit", "Credit", MEDIA_LIMITS.credit)}
        {field("source", "Source", MEDIA_LIMITS.source)}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" onClick={upload} disabled={pending} className="rounded bg-neutral-900 px-3 py-1.5 font-semibold text-white disabled:opacity-50 dark:bg-neutral-100 dark:text-neutral-900">
          {submitLabel}
        </button>
        <p role="status" aria-live="polite" data-testid="upload-status" className={status?.ok ? "text-green-800 dark:text-green-300" : "text-red-700 dark:text-red-300"}>
          {status?.text}
        </p>
      </div>
    </div>
  );
}

/** The media page's upload box: after an upload the list reloads with the new image first. */
export function MediaLibraryUpload({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  return <MediaUpload maxBytes={maxBytes} onUploaded={() => router.refresh()} />;
}

/** Folded-up upload for the editor's image pickers: the new image joins the picker, chosen. */
export function MediaPickerUpload({ onUploaded }: { onUploaded: (item: LibraryItem) => void }) {
  return (
    <details className="rounded border border-neutral-300 p-2 text-sm dark:border-neutral-700" data-testid="picker-upload">
      <summary className="cursor-pointer font-semibold">Upload a new image</summary>
      <div className="mt-2">
        <MediaUpload submitLabel="Upload and choose" onUploaded={(item) => onUploaded(toLibraryItem(item))} />
        <p className="mt-2 text-xs">
          <a href="/newsroom/media" target="_blank" rel="noopener" className="underline">
            Open the media library
          </a>{" "}
          (new tab) to edit or delete images.
        </p>
      </div>
    </details>
  );
}
