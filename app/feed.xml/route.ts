// /feed.xml: the whole site's RSS 2.0 feed.
import { feedResponse } from "@/lib/feed-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, { kind: "site" }, "rss");
}
