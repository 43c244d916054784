// Cache tags: the names under which reader data is cached, and which of them a write touches.
// Pure functions, so the rules are unit-tested without Next or a database. A write on an article
// that is live before or after it touches the article, the home page and site feeds, the
// sitemaps, and the section, tag and author pages (with their feeds) on either side of the change;
// a write that leaves it off the site both times touches nothing public.

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

/** What the public site shows of an article: enough to know which pages list it. */
export type ArticleFacts = {
  id: number;
  live: boolean;
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
  const tags = new Set<string>([TAG.article(sides[0]!.id), TAG.home, TAG.feeds, TAG.sitemaps]);
  for (const s of sides) {
    tags.add(TAG.section(s.sectionSlug));
    for (const t of s.tagSlugs) tags.add(TAG.tag(t));
    for (const a of s.authorSlugs) tags.add(TAG.author(a));
  }
  return [...tags];
}

/** Tags for several articles changed the same way (a media caption edit, a tag rename). */
export function articlesTags(articles: ArticleFacts[]): string[] {
  return [...new Set(articles.flatMap((a) => articleChangeTags(a, a)))];
}
