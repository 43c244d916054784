// /atom.xml: the whole site's Atom feed.
import { feedResponse } from "@/lib/feed-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, { kind: "site" }, "atom");
}
