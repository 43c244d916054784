// Public section reads.
import "server-only";
import { db } from "@/lib/db";

export type SectionLink = { name: string; slug: string };

export async function getSections(): Promise<SectionLink[]> {
  return db().section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { name: true, slug: true } });
}

/** For page chrome: an empty list instead of an error, so error and 404 pages still render. */
export async function getSectionsForChrome(): Promise<SectionLink[]> {
  try {
    return await getSections();
  } catch {
    return [];
  }
}
