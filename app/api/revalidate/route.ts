// POST /api/revalidate: expires cache tags in this instance, for what runs outside any request:
// the scheduler, and the listener that applies other instances' announcements
// (lib/cache-broadcast.ts). Only a body signed with the site's secret is accepted. A body naming
// another process (`to`, under WEB_WORKERS) is refused with 421 and expires nothing here: the
// sender tries again until it reaches itself (lib/invalidation-hook.ts).
import { z } from "zod";
import { expireTagsHere } from "@/lib/cache";
import { INSTANCE_ID } from "@/lib/cache-broadcast";
import { MISDIRECTED, SIGNATURE_HEADER, verifyInvalidation } from "@/lib/invalidation-hook";

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(200)).max(5000), to: z.string().min(1).max(100).optional() });

export async function POST(request: Request) {
  const body = await request.text();
  if (!verifyInvalidation(body, request.headers.get(SIGNATURE_HEADER))) return Response.json({ error: "bad signature" }, { status: 403 });
  let parsed: z.infer<typeof bodySchema>;
  try {
    parsed = bodySchema.parse(JSON.parse(body));
  } catch {
    return Response.json({ error: "bad request" }, { status: 400 });
  }
  if (parsed.to !== undefined && parsed.to !== INSTANCE_ID) return Response.json({ error: "this request is for another worker" }, { status: MISDIRECTED });
  expireTagsHere(parsed.tags);
  return new Response(null, { status: 204 });
}
