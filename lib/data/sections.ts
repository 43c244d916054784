// Public section reads.
import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";

export type SectionLink = { name: string; slug: string };

// Header, footer and some pages all list sections: one query per request, shared through cache().
export const getSections = cache(async (): Promise<SectionLink[]> => {
  return db().section.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { name: true, slug: true } });
});

/** For page chrome: an empty list instead of an error, so error and 404 pages still render. */
export async function getSectionsForChrome(): Promise<SectionLink[]> {
  try {
    return await getSections();
  } catch {
    return [];
  }
}
