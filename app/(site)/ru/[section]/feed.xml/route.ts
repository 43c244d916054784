// /ru/{section}/feed.xml: a section's rss feed in the Russian edition.
import { feedResponse } from "@/lib/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ section: string }> }) {
  return feedResponse(request, { kind: "section", slug: (await params).section }, "rss", "ru");
}
