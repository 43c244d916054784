// Where media files live, behind a small key → bytes interface so an S3-compatible store can
// replace the folder later without touching the upload pipeline or the /media route.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";

export type StoredObject = { size: number; modified: Date };

export interface MediaStorage {
  /** Writes a new object; refuses to overwrite an existing key (keys are unique per upload). */
  put(key: string, data: Buffer): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  stat(key: string): Promise<StoredObject | null>;
  /** Removes the object; a missing key is not an error. */
  delete(key: string): Promise<void>;
}

// Keys the upload pipeline makes: yyyy/mm/<random id>.<ext> and <random id>-w<width>.<ext>.
// Anything else (dots, slashes in odd places, encoded characters) is not a key, so a request
// path can never name a file outside the media folder.
const KEY = /^\d{4}\/\d{2}\/[a-z0-9]{16,40}(?:-w\d{2,5})?\.(?:jpg|png|webp|avif|gif)$/;

export function isMediaKey(key: string): boolean {
  return key.length <= 100 && KEY.test(key);
}

const TYPES: Record<string, string> = { jpg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif", gif: "image/gif" };

/** The Content-Type a key is served with (from its extension, which the pipeline chose). */
export function mediaContentType(key: string): string {
  return TYPES[key.slice(key.lastIndexOf(".") + 1)] ?? "application/octet-stream";
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === "ENOENT";
}

/** Files under one folder; several processes or machines may share it (no in-memory state). */
export class FileSystemStorage implements MediaStorage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private pathOf(key: string): string {
    if (!isMediaKey(key)) throw new Error(`not a media key: ${JSON.stringify(key).slice(0, 120)}`);
    const full = path.resolve(this.root, key);
    // Belt and braces: the key pattern already rules out leaving the folder.
    if (!full.startsWith(this.root + path.sep)) throw new Error("media key leaves the media folder");
    return full;
  }

  async put(key: string, data: Buffer): Promise<void> {
    const full = this.pathOf(key);
    await fs.mkdir(path.dirname(full), { recursive: true });
    // Write beside, then link into place: readers never see a half-written file, and "wx"
    // semantics (link fails on an existing name) keep an object immutable once stored.
    const temp = `${full}.${process.pid}.${Date.now()}.tmp`;
    await fs.writeFile(temp, data, { flag: "wx" });
    try {
      await fs.link(temp, full);
    } finally {
      await fs.rm(temp, { force: true });
    }
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async stat(key: string): Promise<StoredObject | null> {
    try {
      const s = await fs.stat(this.pathOf(key));
      return s.isFile() ? { size: s.size, modified: s.mtime } : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.pathOf(key), { force: true });
  }
}

export function mediaDir(): string {
  const e = env();
  return e.MEDIA_DIR ?? path.join(e.DATELINE_DATA_DIR ?? ".data", "media");
}

let store: MediaStorage | undefined;

/** The configured store (today always the folder). */
export function mediaStorage(): MediaStorage {
  store ??= new FileSystemStorage(mediaDir());
  return store;
}
