// Public section reads.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { cached } from "@/lib/cache";
import { TAG } from "@/lib/cache-tags";

export type SectionLink = { name: string; nameRu: string | null; slug: string };

// Header, footer and some pages all list sections: one query per request, shared through cache().
// Across requests it is cached under "sections" (section create, edit and delete invalidate it).
const loadSections = cached(
  "sections.all",
  async (): Promise<SectionLink[]> => db().section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { name: true, nameRu: true, slug: true } }),
  { tags: () => [TAG.site, TAG.sections] },
);
export const getSections = cache(() => loadSections());

/** For page chrome: an empty list instead of an error, so error and 404 pages still render. */
export async function getSectionsForChrome(): Promise<SectionLink[]> {
  try {
    return await getSections();
  } catch {
    return [];
  }
}
