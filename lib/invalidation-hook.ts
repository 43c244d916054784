// Cache invalidation for code that runs outside a Next request (the scheduler, started from
// instrumentation.ts): Next lets revalidateTag run only in a server action or route handler,
// so such code asks its own server through POST /api/revalidate, signed with the site's secret.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

export const SIGNATURE_HEADER = "x-dateline-signature";

function sign(body: string, secret: string): string {
  return createHmac("sha256", secret).update(`revalidate:${body}`).digest("hex");
}

export function verifyInvalidation(body: string, signature: string | null): boolean {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret || !signature) return false;
  const expected = Buffer.from(sign(body, secret));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** Sends the tags to this process's own server; false when there is none (not under `next start`) or it refused. */
export async function invalidateThroughServer(tags: string[]): Promise<boolean> {
  const secret = env().NEXTAUTH_SECRET;
  // `next start` sets PORT for its own process; scripts and tests have no server to tell.
  const port = process.env.PORT;
  if (!tags.length || !secret || !port) return false;
  const body = JSON.stringify({ tags });
  const response = await fetch(`http://127.0.0.1:${port}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", [SIGNATURE_HEADER]: sign(body, secret) },
    body,
    signal: AbortSignal.timeout(10_000),
  });
  return response.ok;
}
