// Publication-wide settings the pages need, read from the parsed environment.
import "server-only";
import { env } from "@/lib/env";

export function siteConfig() {
  const e = env();
  return { name: e.SITE_NAME, url: e.SITE_URL, timeZone: e.SITE_TIME_ZONE, breakingHours: e.BREAKING_NEWS_HOURS, feedFullText: e.FEED_FULL_TEXT };
}
