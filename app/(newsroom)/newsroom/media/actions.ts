"use server";
// The media library's server actions. Each checks the session itself, validates with the shared
// zod schema and leaves permissions to lib/data/media (which asks lib/permissions). Results are
// plain objects; bad input never throws to the client.
import { invalidateTags } from "@/lib/cache";
import { getCurrentUser } from "@/lib/auth/session";
import { canUploadMedia } from "@/lib/permissions";
import { deleteMedia, MediaError, mediaLimits, updateMedia, uploadMedia, type MediaSummary, type MediaUse } from "@/lib/data/media";
import { mediaFieldErrors, mediaFieldsSchema, mediaIdSchema, type MediaFieldErrors } from "@/lib/validations/media";

export type UploadedItem = Pick<MediaSummary, "id" | "src" | "alt" | "width" | "height" | "caption" | "credit">;
export type MediaActionResult<T> = { ok: true; item: T } | { ok: false; error: string; code: MediaError["code"] | "server"; fields?: MediaFieldErrors; usedIn?: MediaUse[] };

async function staff() {
  const user = await getCurrentUser();
  if (!user) throw new MediaError("Your session has ended. Sign in again in another tab, then retry.", "unauthorized");
  if (!canUploadMedia(user)) throw new MediaError("You do not have access to the media library.", "forbidden");
  return user;
}

async function run<T>(fn: () => Promise<T>): Promise<MediaActionResult<T>> {
  try {
    return { ok: true, item: await fn() };
  } catch (error) {
    if (error instanceof MediaError) return { ok: false, error: error.message, code: error.code, fields: error.fields, usedIn: error.usedIn };
    console.error("media action failed", error);
    return { ok: false, code: "server", error: "That did not go through because of a server problem; try again." };
  }
}

function fieldsFrom(form: FormData) {
  const text = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" ? v : "";
  };
  return { alt: text("alt"), caption: text("caption"), credit: text("credit"), source: text("source") };
}

function checkFields(input: unknown) {
  const parsed = mediaFieldsSchema.safeParse(input);
  if (!parsed.success) throw new MediaError("Please correct the marked fields.", "invalid", mediaFieldErrors(parsed.error));
  return parsed.data;
}

/** Uploads one image with its metadata (multipart form: file, alt, caption, credit, source). */
export async function uploadMediaAction(form: unknown): Promise<MediaActionResult<UploadedItem>> {
  return run(async () => {
    const user = await staff();
    if (!(form instanceof FormData)) throw new MediaError("Choose an image to upload.", "invalid", { file: "Choose an image to upload." });
    const fields = checkFields(fieldsFrom(form));
    const file = form.get("file");
    if (!(file instanceof File) || (file.size === 0 && !file.name)) throw new MediaError("Choose an image to upload.", "invalid", { file: "Choose an image to upload." });
    const { maxBytes } = mediaLimits();
    // Refused before reading it into memory.
    if (file.size > maxBytes) {
      const message = `The file is ${(file.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB.`;
      throw new MediaError(message, "invalid", { file: message });
    }
    const item = await uploadMedia(user, Buffer.from(await file.arrayBuffer()), fields);
    return { id: item.id, src: item.src, alt: item.alt, width: item.width, height: item.height, caption: item.caption, credit: item.credit };
  });
}

/** Saves alt text, caption, credit and source of one image. */
export async function updateMediaAction(id: unknown, values: unknown): Promise<MediaActionResult<{ id: number }>> {
  return run(async () => {
    const user = await staff();
    const mediaId = mediaIdSchema.safeParse(id);
    if (!mediaId.success) throw new MediaError("This image is not in the media library.", "not_found");
    const item = await updateMedia(user, mediaId.data, checkFields(values));
    invalidateTags(item.invalidate);
    return { id: item.id };
  });
}

/** Deletes an image nothing uses; otherwise answers with the articles that use it. */
export async function deleteMediaAction(id: unknown): Promise<MediaActionResult<{ id: number }>> {
  return run(async () => {
    const user = await staff();
    const mediaId = mediaIdSchema.safeParse(id);
    if (!mediaId.success) throw new MediaError("This image is not in the media library.", "not_found");
    return deleteMedia(user, mediaId.data);
  });
}
