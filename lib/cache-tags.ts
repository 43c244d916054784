// Cache tags: the names under which reader data is cached, and which of them a write touches.
// Pure functions, so the rules are unit-tested without Next or a database. A write on an article
// that is live before or after it touches the article, the home page and site feeds, the
// sitemaps, and the section, tag and author pages (with their feeds) on either side of the change;
// a write that leaves it off the site both times touches nothing public.
//
// Editions: English pages carry the plain tags ("home", "section:world"); Russian pages the same
// tags prefixed "ru:" ("ru:home", "ru:section:world"), so a Russian story's change expires the
// Russian pages that can list it and leaves the English ones alone. Articles ("article:{id}"),
// sitemaps and the section list are shared by both editions.
import { EDITIONS, type Edition } from "@/lib/i18n/editions";

export const TAG = {
  /** Every cached reader entry: for the rare changes that show on every page (a section rename). */
  site: "site",
  home: "home",
  feeds: "feeds",
  sitemaps: "sitemaps",
  /** The section list in the header, footer and search filters. */
  sections: "sections",
  article: (id: number) => `article:${id}`,
  section: (slug: string) => `section:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  author: (slug: string) => `author:${slug}`,
} as const;

/** `tag` as the given edition's pages carry it: English unchanged, Russian prefixed "ru:". */
export function inEdition(edition: Edition, tag: string): string {
  return edition === "en" ? tag : `${edition}:${tag}`;
}

/** `tag` in every edition: for a section, tag or author changed itself (renamed, edited). */
export function inAllEditions(tag: string): string[] {
  return EDITIONS.map((e) => inEdition(e, tag));
}

/** What the public site shows of an article: enough to know which pages list it. */
export type ArticleFacts = {
  id: number;
  live: boolean;
  /** The edition that lists it. */
  language: Edition;
  sectionSlug: string;
  tagSlugs: string[];
  authorSlugs: string[];
};

/** Public when published and not deleted (a scheduled article becomes live through the scheduler, which invalidates then). */
export function isLiveStatus(status: string, deletedAt: Date | null): boolean {
  return status === "PUBLISHED" && deletedAt === null;
}

/** The tags to invalidate when an article goes from `before` (null: new) to `after` (null: gone). */
export function articleChangeTags(before: ArticleFacts | null, after: ArticleFacts | null): string[] {
  const sides = [before, after].filter((s): s is ArticleFacts => s !== null);
  if (!sides.some((s) => s.live)) return [];
  const tags = new Set<string>([TAG.article(sides[0]!.id), TAG.sitemaps]);
  for (const s of sides) {
    const ed = (tag: string) => inEdition(s.language, tag);
    tags.add(ed(TAG.home));
    tags.add(ed(TAG.feeds));
    tags.add(ed(TAG.section(s.sectionSlug)));
    for (const t of s.tagSlugs) tags.add(ed(TAG.tag(t)));
    for (const a of s.authorSlugs) tags.add(ed(TAG.author(a)));
  }
  return [...tags];
}

/** Tags for several articles changed the same way (a media caption edit, a tag rename). */
export function articlesTags(articles: ArticleFacts[]): string[] {
  return [...new Set(articles.flatMap((a) => articleChangeTags(a, a)))];
}
