// /sitemap.xml: the sitemap index (pages, sections, tags, authors, Google News, article chunks).
import { sitemapIndexResponse } from "@/lib/sitemap-response";

export const dynamic = "force-dynamic";

export function GET() {
  return sitemapIndexResponse();
}
