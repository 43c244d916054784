// next-auth's endpoints (sign in, sign out, CSRF token, session). Input next-auth would answer with
// a 500 is refused first with a clear 4xx (lib/auth/route-guard.ts); a body read for that check is
// handed on to next-auth unchanged.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/options";
import { MAX_AUTH_BODY, parseAuthBody, readsAuthBody, refuseAuthRequest, refused, type AuthRefusal } from "@/lib/auth/route-guard";

type Context = { params: Promise<{ nextauth: string[] }> };

function answer(refusal: AuthRefusal): Response {
  const headers = new Headers({ "cache-control": "no-store" });
  for (const name of refusal.clearCookies) headers.append("set-cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
  return Response.json({ error: refusal.error }, { status: refusal.status, headers });
}

async function handler(request: NextRequest, context: Context) {
  const segments = (await context.params).nextauth ?? [];
  const contentType = request.headers.get("content-type");
  const reads = readsAuthBody(request.method, contentType);
  if (reads && Number(request.headers.get("content-length") ?? 0) > MAX_AUTH_BODY) return answer(refused(413, "The request is too large."));
  const text = reads ? await request.text() : "";
  const body = parseAuthBody(request.method, contentType, text);
  if (body && "status" in body) return answer(body);
  const refusal = refuseAuthRequest({
    method: request.method,
    segments,
    search: request.nextUrl.searchParams,
    cookie: request.headers.get("cookie"),
    base: request.nextUrl.origin,
    fields: body?.fields,
  });
  if (refusal) return answer(refusal);
  let forwarded = request;
  if (reads) {
    // The body has been read: next-auth gets the same text in a request of its own.
    const headers = new Headers(request.headers);
    headers.delete("content-length");
    forwarded = new NextRequest(request.url, { method: request.method, headers, body: text });
  }
  return NextAuth(authOptions())(forwarded, context);
}

export { handler as GET, handler as POST };
