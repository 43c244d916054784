// Where an /news/{ref} request should land: the live article's canonical path, found by id (any
// slug, or none) or, for a bare slug, by its current slug or a former one (SlugHistory).
// proxy.ts calls this to answer 301; it reads two columns by primary key or an index.
import "server-only";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { articlePath, isSlug, parseArticleRef } from "@/lib/urls";

const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

/** The canonical path for a decoded `{id}-{slug}`, `{id}` or `{slug}` ref; null for no live article. */
export async function resolveArticleRef(ref: string): Promise<string | null> {
  const parsed = parseArticleRef(ref);
  if (parsed) {
    const row = await db().article.findFirst({ where: { id: parsed.id, ...liveArticleWhere() }, select: { id: true, slug: true, language: true } });
    return row ? articlePath(row) : null;
  }
  if (!isSlug(ref)) return null;
  // A bare slug is a link from before ids were in URLs, or a hand-typed one: current slug first.
  const current = await db().article.findFirst({ where: { slug: ref, ...liveArticleWhere() }, orderBy: newestFirst, select: { id: true, slug: true, language: true } });
  if (current) return articlePath(current);
  const former = await db().article.findFirst({
    where: { slugHistory: { some: { slug: ref } }, ...liveArticleWhere() },
    orderBy: newestFirst,
    select: { id: true, slug: true, language: true },
  });
  return former ? articlePath(former) : null;
}
