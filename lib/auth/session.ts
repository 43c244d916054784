// The signed-in user for this request: the next-auth JWT cookie, decoded and then checked against
// the database every time (exists, not disabled, session version unchanged).
import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { decode } from "next-auth/jwt";
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
