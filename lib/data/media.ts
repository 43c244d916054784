// The media library: upload (through the checking pipeline into the store), browse and search,
// edit metadata, see where a file is used, and delete files nothing uses. Every write takes the
// acting user and checks lib/permissions itself; ids from the client are never trusted alone.
import "server-only";
import { TAG, inAllEditions } from "@/lib/cache-tags";
import { tagsForArticles } from "@/lib/data/cache-facts";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import { likeLiteral } from "@/lib/data/like";
import { env } from "@/lib/env";
import { canDeleteMedia, canEditMedia, canUploadMedia, type Actor } from "@/lib/permissions";
import { isMediaKey, mediaStorage } from "@/lib/media/storage";
import { MediaInputError, processImage } from "@/lib/media/process";
import { mediaUrl } from "@/lib/urls";
import { pageCount } from "@/lib/pagination";
import type { MediaFieldErrors, MediaInput } from "@/lib/validations/media";
import type { Prisma } from "@/lib/generated/prisma/client";

export const MEDIA_PAGE_SIZE = 24;

export type MediaVariant = { width: number; height: number; key: string };
export type MediaUse = { id: number; headline: string; status: string; deleted: boolean; lead: boolean };

/** A refusal the user should read; `fields` puts it beside a form field. */
export class MediaError extends Error {
  constructor(
    message: string,
    readonly code: "unauthorized" | "forbidden" | "not_found" | "invalid" | "in_use",
    readonly fields: MediaFieldErrors = {},
    readonly usedIn: MediaUse[] = [],
  ) {
    super(message);
  }
}

export function mediaLimits() {
  const e = env();
  return { maxBytes: Math.round(e.MEDIA_MAX_UPLOAD_MB * 1024 * 1024), maxPixels: Math.round(e.MEDIA_MAX_MEGAPIXELS * 1_000_000) };
}

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new MediaError("Your session has ended. Sign in again.", "unauthorized");
  return actor;
}

const summarySelect = {
  id: true,
  storageKey: true,
  mimeType: true,
  sizeBytes: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
  source: true,
  variants: true,
  createdAt: true,
  uploadedById: true,
  uploadedBy: { select: { name: true } },
} as const satisfies Prisma.MediaSelect;

type SummaryRow = Prisma.MediaGetPayload<{ select: typeof summarySelect }>;

function parseVariants(value: unknown): MediaVariant[] {
  if (!Array.isArray(value)) return [];
  return value.filter((v): v is MediaVariant => Boolean(v) && typeof v.width === "number" && typeof v.key === "string").map((v) => ({ width: v.width, height: Number(v.height) || 0, key: v.key }));
}

function toSummary(m: SummaryRow) {
  const variants = parseVariants(m.variants);
  return {
    id: m.id,
    src: mediaUrl(m.storageKey),
    mimeType: m.mimeType,
    sizeBytes: m.sizeBytes,
    width: m.width,
    height: m.height,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    source: m.source,
    createdAt: m.createdAt,
    uploadedById: m.uploadedById,
    uploadedBy: m.uploadedBy?.name ?? null,
    // Smallest first, for srcset; the original is the last candidate.
    srcSet: [...variants.map((v) => `${mediaUrl(v.key)} ${v.width}w`), ...(m.width ? [`${mediaUrl(m.storageKey)} ${m.width}w`] : [])].join(", "),
    thumb: mediaUrl(variants[0]?.key ?? m.storageKey),
  };
}

export type MediaSummary = ReturnType<typeof toSummary>;

/** Stores one upload: checks and re-encodes it, writes original and variants, then the row. */
export async function uploadMedia(actor: Actor | null, bytes: Buffer, fields: MediaInput): Promise<MediaSummary> {
  const user = requireActor(actor);
  if (!canUploadMedia(user)) throw new MediaError("You cannot add to the media library.", "forbidden");
  let processed;
  try {
    processed = await processImage(bytes, mediaLimits());
  } catch (error) {
    if (error instanceof MediaInputError) throw new MediaError(error.message, "invalid", { file: error.message });
    throw error;
  }
  // A fresh random name per upload: stored objects never change, so they may be cached forever.
  const now = new Date();
  const base = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${crypto.randomBytes(12).toString("hex")}`;
  const originalKey = `${base}.${processed.original.ext}`;
  const variants: MediaVariant[] = processed.variants.map((v) => ({ width: v.width, height: v.height, key: `${base}-w${v.width}.${v.ext}` }));
  const store = mediaStorage();
  const written: string[] = [];
  try {
    await store.put(originalKey, processed.original.data);
    written.push(originalKey);
    for (const [i, v] of processed.variants.entries()) {
      await store.put(variants[i]!.key, v.data);
      written.push(variants[i]!.key);
    }
    const row = await db().media.create({
      data: {
        kind: "IMAGE",
        storageKey: originalKey,
        mimeType: processed.original.mimeType,
        sizeBytes: processed.original.data.length,
        width: processed.original.width,
        height: processed.original.height,
        alt: fields.alt,
        caption: fields.caption,
        credit: fields.credit,
        source: fields.source,
        variants,
        uploadedById: user.id,
      },
      select: summarySelect,
    });
    return toSummary(row);
  } catch (error) {
    // Nothing half-stored: files written before the failure go again.
    await Promise.allSettled(written.map((key) => store.delete(key)));
    throw error;
  }
}

/** The library, newest first, searched by alt text, caption and credit. Every staff member sees all of it. */
export async function listMedia(actor: Actor | null, q: string, page: number) {
  const user = requireActor(actor);
  if (!canUploadMedia(user)) throw new MediaError("You do not have access to the media library.", "forbidden");
  const text = q.trim();
  const where: Prisma.MediaWhereInput = {
    deletedAt: null,
    kind: "IMAGE",
    ...(text ? { OR: (["alt", "caption", "credit"] as const).map((f) => ({ [f]: { contains: likeLiteral(text), mode: "insensitive" } })) } : {}),
  };
  const total = await db().media.count({ where });
  const pages = pageCount(total, MEDIA_PAGE_SIZE);
  const current = Math.min(page, pages);
  const rows = await db().media.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (current - 1) * MEDIA_PAGE_SIZE, take: MEDIA_PAGE_SIZE, select: summarySelect });
  return { items: rows.map(toSummary), total, page: current, pages };
}

async function usesOf(client: Prisma.TransactionClient, mediaId: number): Promise<MediaUse[]> {
  const articles = await client.article.findMany({
    where: { OR: [{ leadMediaId: mediaId }, { mediaUses: { some: { mediaId } } }] },
    orderBy: { updatedAt: "desc" },
    select: { id: true, headline: true, status: true, deletedAt: true, leadMediaId: true },
  });
  return articles.map((a) => ({ id: a.id, headline: a.headline, status: a.status, deleted: Boolean(a.deletedAt), lead: a.leadMediaId === mediaId }));
}

/** One item with where it is used (articles, as lead image or in the body; author photos). */
export async function getMediaDetail(actor: Actor | null, id: number) {
  const user = requireActor(actor);
  if (!canUploadMedia(user)) throw new MediaError("You do not have access to the media library.", "forbidden");
  const row = await db().media.findFirst({ where: { id, deletedAt: null, kind: "IMAGE" }, select: { ...summarySelect, avatarOf: { select: { id: true, name: true } } } });
  if (!row) return null;
  const usedIn = await usesOf(db(), id);
  return { ...toSummary(row), usedIn, avatarOf: row.avatarOf, canEdit: canEditMedia(user, row), canDelete: canDeleteMedia(user, row) };
}

async function findLocked(client: Prisma.TransactionClient, id: number) {
  await client.$queryRaw`SELECT id FROM "Media" WHERE id = ${id} FOR UPDATE`;
  const row = await client.media.findFirst({ where: { id, deletedAt: null, kind: "IMAGE" }, select: { id: true, storageKey: true, variants: true, uploadedById: true } });
  if (!row) throw new MediaError("This image is not in the media library (it may have been deleted).", "not_found");
  return row;
}

/** Changes alt text, caption, credit and source. */
export async function updateMedia(actor: Actor | null, id: number, fields: MediaInput): Promise<MediaSummary & { invalidate: string[] }> {
  const user = requireActor(actor);
  return db().$transaction(async (tx) => {
    const row = await findLocked(tx, id);
    if (!canEditMedia(user, row)) throw new MediaError("You can change only images you uploaded; ask an editor.", "forbidden");
    const updated = await tx.media.update({ where: { id: row.id }, data: { alt: fields.alt, caption: fields.caption, credit: fields.credit, source: fields.source }, select: summarySelect });
    // Alt text, caption and credit show wherever a live story uses the image, and on author pages.
    const authors = await tx.user.findMany({ where: { avatarId: row.id }, select: { slug: true } });
    const invalidate = [...(await tagsForArticles(tx, { OR: [{ leadMediaId: row.id }, { mediaUses: { some: { mediaId: row.id } } }] })), ...authors.flatMap((a) => inAllEditions(TAG.author(a.slug)))];
    return { ...toSummary(updated), invalidate };
  });
}

/**
 * Deletes an image nothing uses: the row, then its files. While any article (even a deleted one,
 * which could be restored) or author photo uses it, the refusal lists them instead.
 */
export async function deleteMedia(actor: Actor | null, id: number): Promise<{ id: number }> {
  const user = requireActor(actor);
  const row = await db().$transaction(async (tx) => {
    // The row lock makes an article save that adds this image wait for us (and then fail its
    // reference check) or finish first (and show up in the uses below).
    const found = await findLocked(tx, id);
    if (!canDeleteMedia(user, found)) throw new MediaError("You can delete only images you uploaded; ask an editor.", "forbidden");
    const usedIn = await usesOf(tx, id);
    const avatars = await tx.user.count({ where: { avatarId: id } });
    if (usedIn.length || avatars) {
      const names = usedIn.map((u) => `“${u.headline}”${u.deleted ? " (deleted)" : ""}`);
      if (avatars) names.push(avatars === 1 ? "an author photo" : `${avatars} author photos`);
      throw new MediaError(`This image is in use and was not deleted. Remove it from: ${names.join(", ")}.`, "in_use", {}, usedIn);
    }
    await tx.media.delete({ where: { id } });
    return found;
  });
  // Demo files shipped in public/ ("public/..." keys) are part of the app, not the store.
  const keys = [row.storageKey, ...parseVariants(row.variants).map((v) => v.key)].filter(isMediaKey);
  const results = await Promise.allSettled(keys.map((key) => mediaStorage().delete(key)));
  // The row is gone, so nothing links to a leftover file; log it rather than fail the delete.
  for (const r of results) if (r.status === "rejected") console.error("media file not removed", r.reason);
  return { id };
}
