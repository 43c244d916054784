// The signed-in user for this request: the next-auth JWT cookie, decoded and then checked against
// the database every time (exists, not disabled, session version unchanged).
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { getSessionUser } from "@/lib/data/sign-in";
import { env } from "@/lib/env";
import type { Role } from "@/lib/permissions";

export type CurrentUser = { id: number; email: string; name: string; role: Role };

const COOKIE_NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return null;
  const jar = await cookies();
  const raw = COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean);
  if (!raw) return null;
  let token;
  try {
    token = await decode({ token: raw, secret });
  } catch {
    return null; // forged or from another secret
  }
  if (!token || typeof token.uid !== "number" || typeof token.sv !== "number") return null;
  return getSessionUser(token.uid, token.sv);
});

const SESSION_MAX_AGE = 30 * 24 * 60 * 60; // keep in step with lib/auth/options.ts

/**
 * After a password change bumps the user's session version (ending every session), re-issues
 * this browser's session cookie with the new version so only the *other* sessions end.
 */
export async function reissueSessionCookie(sessionVersion: number): Promise<void> {
  const secret = env().NEXTAUTH_SECRET;
  if (!secret) return;
  const jar = await cookies();
  const name = COOKIE_NAMES.find((n) => jar.get(n)?.value);
  if (!name) return;
  const token = await decode({ token: jar.get(name)!.value, secret }).catch(() => null);
  if (!token) return;
  // encode() sets fresh iat/exp/jti itself.
  const claims: Record<string, unknown> = { ...token, sv: sessionVersion };
  for (const key of ["exp", "iat", "jti"]) delete claims[key];
  const value = await encode({ token: claims, secret, maxAge: SESSION_MAX_AGE });
  jar.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-"), maxAge: SESSION_MAX_AGE });
}

/** Removes this browser's session cookie (after the account is deleted). */
export async function clearSessionCookie(): Promise<void> {
  const jar = await cookies();
  for (const name of COOKIE_NAMES) if (jar.get(name)) jar.delete(name);
}
