// Public URL shapes, in one place so links, redirects and sitemaps agree. An article lives in the
// edition of its language (/news/… or /ru/news/…); section, tag and author pages exist in each
// edition, so their paths take the edition.
import { editionOf, inEditionPath, type Edition } from "@/lib/i18n/editions";

export function articlePath(article: { id: number; slug: string; language: string }): string {
  return inEditionPath(editionOf(article.language), `/news/${article.id}-${article.slug}`);
}

export function homePath(edition: Edition = "en"): string {
  return inEditionPath(edition, "/");
}

export function sectionPath(section: { slug: string }, edition: Edition = "en"): string {
  return inEditionPath(edition, `/${section.slug}`);
}

export function authorPath(author: { slug: string }, edition: Edition = "en"): string {
  return inEditionPath(edition, `/authors/${author.slug}`);
}

export function tagPath(tag: { slug: string }, edition: Edition = "en"): string {
  return inEditionPath(edition, `/tags/${tag.slug}`);
}

export function searchPath(edition: Edition = "en"): string {
  return inEditionPath(edition, "/search");
}

/** Parses the `{id}-{slug}` route segment; anything else is not an article URL. */
export function parseArticleRef(ref: string): { id: number; slug: string } | null {
  const match = /^([1-9][0-9]{0,9})(?:-(.*))?$/.exec(ref);
  if (!match) return null;
  const id = Number(match[1]);
  if (id > 2_147_483_647) return null;
  return { id, slug: match[2] ?? "" };
}

/** Generated Open Graph cards (app/og, lib/og-image.tsx); `v` changes with the content so scrapers refetch. */
export const OG_IMAGE_SIZE = { width: 1200, height: 630 } as const;

export function articleOgImagePath(article: { id: number; updatedAt: Date }): string {
  return `/og/news/${article.id}.png?v=${Math.floor(article.updatedAt.getTime() / 1000)}`;
}

export function sectionOgImagePath(section: { slug: string }): string {
  return `/og/sections/${section.slug}.png`;
}

export function mediaUrl(storageKey: string): string {
  // Files shipped in public/ (demo images) are stored as "public/<path>".
  if (storageKey.startsWith("public/")) return `/${storageKey.slice("public/".length)}`;
  return `/media/${storageKey}`;
}

/** URL-safe slug from a headline: lower case, ASCII letters and digits, Cyrillic transliterated. */
export function slugify(text: string, max = 80): string {
  const map: Record<string, string> = {
    а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
    н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
    ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
  };
  const ascii = text
    .toLowerCase()
    .replace(/[а-яё]/g, (c) => map[c] ?? "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "");
  const slug = ascii.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return slug.slice(0, max).replace(/-+$/, "") || "article";
}

/** Route segments for sections, tags and authors: lower-case slugs only, anything else is a 404. */
export function isSlug(value: string): boolean {
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) && value.length <= 100;
}

/** Where to go after signing in: only a path on this site, never another origin. */
export function safeCallbackPath(value: unknown, fallback = "/"): string {
  if (typeof value !== "string" || value.length > 500) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\") || /[\u0000-\u001f]/.test(value)) return fallback;
  return value;
}

/** RSS and Atom autodiscovery links for a list page's own feeds. */
export function feedAlternates(basePath: string) {
  return { "application/rss+xml": `${basePath}/feed.xml`, "application/atom+xml": `${basePath}/atom.xml` };
}

/** An absolute URL on the public site (canonicals, feeds, sitemaps, JSON-LD). */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).toString();
}
