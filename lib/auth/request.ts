// Request facts server actions need: the client address (from the reverse proxy's headers, as in
// lib/auth/options.ts) for throttling.
import "server-only";
import { headers } from "next/headers";

export async function requestIp(): Promise<string> {
  const h = await headers();
  const forwarded = h.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || h.get("x-real-ip") || "unknown";
}
