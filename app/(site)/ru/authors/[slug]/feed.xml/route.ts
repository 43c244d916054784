// /ru/authors/{slug}/feed.xml: the author's rss feed in the Russian edition.
import { feedResponse } from "@/lib/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  return feedResponse(request, { kind: "author", slug: (await params).slug }, "rss", "ru");
}
