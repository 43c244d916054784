// The site's editions: English at the root, Russian under /ru. Pure (no Next, no database), so the
// proxy, the data layer, route handlers and client components share one set of rules.

export const EDITIONS = ["en", "ru"] as const;
export type Edition = (typeof EDITIONS)[number];
export const DEFAULT_EDITION: Edition = "en";

export function isEdition(value: unknown): value is Edition {
  return typeof value === "string" && (EDITIONS as readonly string[]).includes(value);
}

/** An article's or a value's language as an edition; anything unknown is the default edition. */
export function editionOf(language: string | null | undefined): Edition {
  return isEdition(language) ? language : DEFAULT_EDITION;
}

export const EDITION_META: Record<Edition, { prefix: string; htmlLang: string; ogLocale: string; intlLocale: string; searchConfig: "english" | "russian"; label: string }> = {
  en: { prefix: "", htmlLang: "en", ogLocale: "en_GB", intlLocale: "en-GB", searchConfig: "english", label: "English" },
  ru: { prefix: "/ru", htmlLang: "ru", ogLocale: "ru_RU", intlLocale: "ru-RU", searchConfig: "russian", label: "Русский" },
};

/** `path` (starting with "/") in `edition`: "/world" → "/ru/world", "/" → "/ru". */
export function inEditionPath(edition: Edition, path: string): string {
  const prefix = EDITION_META[edition].prefix;
  if (!prefix) return path;
  return path === "/" ? prefix : `${prefix}${path}`;
}

/** The edition a URL path belongs to: /ru and everything under it is Russian. */
export function editionOfPath(pathname: string): Edition {
  return /^\/ru(?:\/|$)/i.test(pathname) ? "ru" : "en";
}

/** The path without its edition prefix: "/ru/world" → "/world", "/ru" → "/". */
export function stripEditionPath(pathname: string): string {
  if (editionOfPath(pathname) === "en") return pathname;
  return pathname.slice(3) || "/";
}

/** Top-level English paths that are not section fronts (they have no Russian counterpart, except search). */
const NOT_SECTIONS = new Set(["about", "saved", "my-feed", "account", "signin", "signup", "forgot-password", "reset-password", "verify-email", "newsroom", "preview", "news", "tags", "authors"]);

/**
 * Where the language switch goes from `pathname`: the other edition's equivalent page when there
 * is one (home, section front, search), else its home page. Articles, topics and authors are not
 * translated, so they lead to the other edition's front page.
 */
export function switchTarget(pathname: string, to: Edition): string {
  const bare = stripEditionPath(pathname.toLowerCase().replace(/\/+$/, "") || "/");
  const segments = bare.split("/").filter(Boolean);
  if (segments.length === 1 && segments[0] === "search") return inEditionPath(to, "/search");
  if (segments.length === 1 && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(segments[0]!) && !NOT_SECTIONS.has(segments[0]!)) return inEditionPath(to, bare);
  return inEditionPath(to, "/");
}
