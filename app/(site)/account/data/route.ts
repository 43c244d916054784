// GET /account/data: the signed-in reader's data as a JSON download. Checks the session itself;
// private and never stored by caches.
import { getCurrentUser } from "@/lib/auth/session";
import { exportAccountData } from "@/lib/data/account-settings";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };

export async function GET() {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: PRIVATE });
  const data = await exportAccountData(user.id);
  if (!data) return Response.json({ error: "Sign in to download your data." }, { status: 401, headers: PRIVATE });
  return new Response(JSON.stringify(data, null, 2), {
    headers: { ...PRIVATE, "Content-Type": "application/json; charset=utf-8", "Content-Disposition": 'attachment; filename="dateline-my-data.json"' },
  });
}
