// Metadata shared by the editions' pages: canonical URL, hreflang alternates, Open Graph locale.
import type { Metadata } from "next";
import { EDITIONS, EDITION_META, inEditionPath, type Edition } from "@/lib/i18n/editions";

/**
 * For a page that exists in every edition at `path` (edition-less, e.g. "/world"): its canonical
 * URL in `edition`, and hreflang alternates for each edition plus x-default (the English page).
 */
export function editionAlternates(edition: Edition, path: string): NonNullable<Metadata["alternates"]> {
  const languages: Record<string, string> = {};
  for (const e of EDITIONS) languages[EDITION_META[e].htmlLang] = inEditionPath(e, path);
  languages["x-default"] = inEditionPath("en", path);
  return { canonical: inEditionPath(edition, path), languages };
}

/** The edition's site-wide RSS and Atom feeds, for autodiscovery links. */
export function siteFeedTypes(edition: Edition, siteName: string) {
  const base = inEditionPath(edition, "/").replace(/\/$/, "");
  return {
    "application/rss+xml": [{ url: `${base}/feed.xml`, title: `${siteName} (RSS)` }],
    "application/atom+xml": [{ url: `${base}/atom.xml`, title: `${siteName} (Atom)` }],
  };
}

export function ogLocale(edition: Edition): string {
  return EDITION_META[edition].ogLocale;
}
