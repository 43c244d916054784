// The section's atom feed.
import { feedResponse } from "@/lib/feed-response";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ section: string }> }) {
  return feedResponse(request, { kind: "section", slug: (await params).section }, "atom");
}
