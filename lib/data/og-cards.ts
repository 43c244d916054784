// The few words a generated Open Graph image shows: a live article's headline and section, the
// section named in the story's own language.
import "server-only";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { editionOf } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";

export type OgCard = { headline: string; section: string };

export async function getArticleOgCard(id: number): Promise<OgCard | null> {
  const row = await db().article.findFirst({
    where: { id, ...liveArticleWhere() },
    select: { headline: true, language: true, section: { select: { name: true, nameRu: true } } },
  });
  return row ? { headline: row.headline, section: sectionName(row.section, editionOf(row.language)) } : null;
}
