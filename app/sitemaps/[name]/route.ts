// /sitemaps/{pages|sections|tags|authors|news|articles-N}.xml
import { sitemapResponse } from "@/lib/sitemap-response";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  return sitemapResponse((await params).name);
}
