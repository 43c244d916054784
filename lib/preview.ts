// Signed, expiring preview links: /preview/{id}.{expires}.{signature}. Anyone holding the link
// can read that one article until it expires (so an editor can send it to a source or a lawyer);
// the signature is an HMAC over id and expiry with the site's secret, so ids cannot be guessed.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";

function sign(id: number, expires: number, secret: string): string {
  return createHmac("sha256", secret).update(`preview:${id}:${expires}`).digest("hex");
}

export function createPreviewToken(id: number, now = Date.now()): { token: string; expires: Date } {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set; preview links cannot be signed");
  const expires = Math.floor((now + env().PREVIEW_LINK_HOURS * 3_600_000) / 1000);
  return { token: `${id}.${expires}.${sign(id, expires, secret)}`, expires: new Date(expires * 1000) };
}

export type PreviewCheck = { ok: true; id: number; expires: Date } | { ok: false; reason: "invalid" | "expired" };

export function verifyPreviewToken(token: string, now = Date.now()): PreviewCheck {
  const secret = env().NEXTAUTH_SECRET;
  const match = /^([1-9][0-9]{0,9})\.([0-9]{1,12})\.([0-9a-f]{64})$/.exec(token);
  if (!secret || !match) return { ok: false, reason: "invalid" };
  const id = Number(match[1]);
  const expires = Number(match[2]);
  const expected = Buffer.from(sign(id, expires, secret));
  const given = Buffer.from(match[3]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: "invalid" };
  if (expires * 1000 < now) return { ok: false, reason: "expired" };
  return { ok: true, id, expires: new Date(expires * 1000) };
}
