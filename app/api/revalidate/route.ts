// POST /api/revalidate: expires cache tags in this instance, for what runs outside any request:
// the scheduler, and the listener that applies other instances' announcements
// (lib/cache-broadcast.ts). Only a body signed with the site's secret is accepted.
import { z } from "zod";
import { expireTagsHere } from "@/lib/cache";
import { SIGNATURE_HEADER, verifyInvalidation } from "@/lib/invalidation-hook";

const bodySchema = z.object({ tags: z.array(z.string().min(1).max(200)).max(5000) });

export async function POST(request: Request) {
  const body = await request.text();
  if (!verifyInvalidation(body, request.headers.get(SIGNATURE_HEADER))) return Response.json({ error: "bad signature" }, { status: 403 });
  let parsed: z.infer<typeof bodySchema>;
  try {
    parsed = bodySchema.parse(JSON.parse(body));
  } catch {
    return Response.json({ error: "bad request" }, { status: 400 });
  }
  expireTagsHere(parsed.tags);
  return new Response(null, { status: 204 });
}
