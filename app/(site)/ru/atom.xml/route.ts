// /ru/atom.xml: the Russian edition's atom feed.
import { feedResponse } from "@/lib/feed-response";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return feedResponse(request, { kind: "site" }, "atom", "ru");
}
