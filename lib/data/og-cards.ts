// The few words a generated Open Graph image shows: a live article's headline and section.
import "server-only";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";

export type OgCard = { headline: string; section: string };

export async function getArticleOgCard(id: number): Promise<OgCard | null> {
  const row = await db().article.findFirst({ where: { id, ...liveArticleWhere() }, select: { headline: true, section: { select: { name: true } } } });
  return row ? { headline: row.headline, section: row.section.name } : null;
}
