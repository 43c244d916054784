// Editor presence heartbeat: POST while an article is open (answers who else is there),
// POST ?leave=1 when the tab closes (sent with navigator.sendBeacon). Staff who may edit the
// article only; the handler checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/session";
import { canAccessNewsroom, canEditArticle } from "@/lib/permissions";
import { db } from "@/lib/db";
import { heartbeat, leave } from "@/lib/data/presence";

export const dynamic = "force-dynamic";

const noStore = { "Cache-Control": "no-store" };

export async function POST(request: NextRequest, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return NextResponse.json({ error: "Sign in first." }, { status: 401, headers: noStore });
  if (!canAccessNewsroom(user)) return NextResponse.json({ error: "No newsroom access." }, { status: 403, headers: noStore });
  const raw = (await params).id;
  if (!/^[1-9][0-9]{0,9}$/.test(raw) || Number(raw) > 2_147_483_647) return NextResponse.json({ error: "Unknown article." }, { status: 404, headers: noStore });
  const id = Number(raw);
  const article = await db().article.findFirst({ where: { id, deletedAt: null }, select: { createdById: true, authors: { select: { userId: true } } } });
  if (!article) return NextResponse.json({ error: "Unknown article." }, { status: 404, headers: noStore });
  if (!canEditArticle(user, { createdById: article.createdById, authorIds: article.authors.map((a) => a.userId) })) return NextResponse.json({ error: "Not your article." }, { status: 403, headers: noStore });
  if (request.nextUrl.searchParams.get("leave") === "1") {
    await leave(id, user.id);
    return new NextResponse(null, { status: 204, headers: noStore });
  }
  return NextResponse.json({ others: await heartbeat(id, user.id) }, { headers: noStore });
}

export function GET() {
  return NextResponse.json({ error: "Use POST." }, { status: 405, headers: { Allow: "POST" } });
}
