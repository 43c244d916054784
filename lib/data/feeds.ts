// Feed items: the newest live articles of the whole site, a section, a tag or an author.
import "server-only";
import { cached } from "@/lib/cache";
import { TAG, inEdition } from "@/lib/cache-tags";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { db } from "@/lib/db";
import { liveArticleWhere } from "@/lib/data/live";
import { mediaUrl } from "@/lib/urls";
import type { Prisma } from "@/lib/generated/prisma/client";

export type FeedScope = { kind: "site" } | { kind: "section" | "tag" | "author"; slug: string };

export type FeedItem = {
  id: number;
  slug: string;
  language: string;
  headline: string;
  standfirst: string;
  publishedAt: Date;
  updatedAt: Date;
  section: string;
  authors: string[];
  tags: string[];
  image: { url: string; type: string; length: number; width: number | null; height: number | null } | null;
  /** The editor JSON, only when the feed carries full text. */
  body?: unknown;
};

export type Feed = { title: string; path: string; edition: Edition; items: FeedItem[]; updatedAt: Date };

const FEED_SIZE = 50;

/** The feed for a scope, or null when the section, tag or author does not exist. Bodies are read only for full text. */
async function loadFeed(scope: FeedScope, { fullText = false, edition = "en" }: { fullText?: boolean; edition?: Edition } = {}): Promise<Feed | null> {
  let title = "";
  let path = "";
  let where: Prisma.ArticleWhereInput = {};
  if (scope.kind === "section") {
    const section = await db().section.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true, nameRu: true } });
    if (!section) return null;
    [title, path, where] = [sectionName(section, edition), `/${scope.slug}`, { sectionId: section.id }];
  } else if (scope.kind === "tag") {
    const tag = await db().tag.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true } });
    if (!tag) return null;
    [title, path, where] = [tag.name, `/tags/${scope.slug}`, { tags: { some: { tagId: tag.id } } }];
  } else if (scope.kind === "author") {
    const author = await db().user.findFirst({ where: { slug: scope.slug, role: { in: ["ADMIN", "EDITOR", "WRITER"] } }, select: { id: true, name: true } });
    if (!author) return null;
    [title, path, where] = [author.name, `/authors/${scope.slug}`, { authors: { some: { userId: author.id } } }];
  }
  const rows = await db().article.findMany({
    where: { ...where, ...liveArticleWhere(), language: edition },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      slug: true,
      language: true,
      headline: true,
      standfirst: true,
      publishedAt: true,
      updatedAt: true,
      section: { select: { name: true, nameRu: true } },
      authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      tags: { select: { tag: { select: { name: true } } } },
      leadMedia: { select: { storageKey: true, mimeType: true, sizeBytes: true, width: true, height: true } },
      body: fullText,
    },
  });
  const items = rows.map((r) => ({
    id: r.id,
    slug: r.slug,
    language: r.language,
    headline: r.headline,
    standfirst: r.standfirst,
    publishedAt: r.publishedAt ?? r.updatedAt,
    updatedAt: r.updatedAt,
    section: sectionName(r.section, edition),
    authors: r.authors.map((a) => a.user.name),
    tags: r.tags.map((t) => t.tag.name),
    image: r.leadMedia ? { url: mediaUrl(r.leadMedia.storageKey), type: r.leadMedia.mimeType, length: r.leadMedia.sizeBytes, width: r.leadMedia.width, height: r.leadMedia.height } : null,
    ...(fullText ? { body: r.body } : {}),
  }));
  const updatedAt = items.reduce((max, i) => (i.updatedAt > max ? i.updatedAt : max), new Date(0));
  return { title, path: path ? inEditionPath(edition, path) : edition === "en" ? "" : inEditionPath(edition, "/"), edition, items, updatedAt };
}

function feedTags(scope: FeedScope, options: { edition?: Edition } = {}): string[] {
  const edition = options.edition ?? "en";
  if (scope.kind === "site") return [TAG.site, inEdition(edition, TAG.feeds)];
  return [TAG.site, inEdition(edition, scope.kind === "section" ? TAG.section(scope.slug) : scope.kind === "tag" ? TAG.tag(scope.slug) : TAG.author(scope.slug))];
}

/** The feed for a scope, or null when the section, tag or author does not exist. Bodies are read only for full text. */
export const getFeed = cached("feeds.feed", loadFeed, { tags: feedTags });
