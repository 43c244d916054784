// POST /api/views/{id}: counts one read of a live article (sent by the article page's beacon).
// Public by design: it stores a daily total per article and nothing about the reader.
import { recordView } from "@/lib/data/page-views";
import { parseArticleRef } from "@/lib/urls";

export async function POST(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const ref = parseArticleRef(id);
  if (!ref || ref.slug !== "") return Response.json({ error: "unknown article" }, { status: 404 });
  const counted = await recordView(ref.id);
  if (!counted) return Response.json({ error: "unknown article" }, { status: 404 });
  return new Response(null, { status: 204 });
}
