// Cache invalidation for code that runs outside a Next request (the scheduler, started from
// instrumentation.ts): Next lets revalidateTag run only in a server action or route handler,
// so such code asks its own server through POST /api/revalidate, signed with the site's secret.
//
// "Its own" matters under WEB_WORKERS (scripts/web-cluster.mjs): the workers share one port and
// each connection reaches any of them, but the caches to expire are this process's. The request
// names this process (INSTANCE_ID); another worker answers 421 without touching its cache, and
// the next try opens a new connection, which the cluster hands to the next worker in turn.
import "server-only";
import http from "node:http";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { INSTANCE_ID } from "@/lib/cache-broadcast";

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
  const body = JSON.stringify({ tags, to: INSTANCE_ID });
  const headers = { "content-type": "application/json", [SIGNATURE_HEADER]: sign(body, secret) };
  // Enough tries that reaching itself among N workers is near certain (a miss is retried later).
  const tries = 3 + 10 * env().WEB_WORKERS;
  for (let attempt = 0; attempt < tries; attempt++) {
    const status = await postOnNewConnection(Number(port), "/api/revalidate", headers, body);
    if (status !== MISDIRECTED) return status >= 200 && status < 300;
  }
  return false;
}

/** 421 Misdirected Request: /api/revalidate's answer in a worker the request did not name. */
export const MISDIRECTED = 421;

/** One POST on a connection of its own (fetch would reuse a kept-alive one, and so the same worker). */
function postOnNewConnection(port: number, path: string, headers: Record<string, string>, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: "127.0.0.1", port, path, method: "POST", headers: { ...headers, "content-length": Buffer.byteLength(body) }, agent: false, timeout: 10_000 }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", reject);
    request.end(body);
  });
}
