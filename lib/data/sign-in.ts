// Password sign-in with throttling kept in PostgreSQL (so it holds across restarts and instances).
// Per account: from the 5th failure in a row, a lockout that doubles with each further failure
// (1, 2, 4 … minutes, at most an hour). Per IP (from X-Forwarded-For / X-Real-IP, set by the
// reverse proxy): 20 failures within 15 minutes lock that address for 15 minutes.
// Sign-up and password-reset requests share the table (by `kind`) with fixed hourly budgets per
// address and per IP (REQUEST_LIMITS).
import "server-only";
import { db } from "@/lib/db";
import crypto from "node:crypto";
import { hashPassword, verifyPassword } from "@/lib/password";
import type { Role } from "@/lib/permissions";
import { normalizeEmail } from "@/lib/validations/account";
import type { AttemptKind } from "@/lib/generated/prisma/client";

export const ACCOUNT_FREE_FAILURES = 4;
export const IP_MAX_FAILURES = 20;
const IP_WINDOW_MS = 15 * 60_000;
const MAX_LOCK_MS = 60 * 60_000;
const LOOKBACK_MS = 24 * 60 * 60_000;

export type SignInResult =
  | { ok: true; user: { id: number; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid" | "disabled" }
  | { ok: false; reason: "locked"; retryAfterSeconds: number };

/** Seconds until this email or IP may try again (0 when not locked). */
export async function lockoutSeconds(email: string, ip: string, now: Date = new Date()): Promise<number> {
  const since = new Date(now.getTime() - LOOKBACK_MS);
  const kind = "SIGN_IN";
  const lastSuccess = await db().signInAttempt.findFirst({ where: { kind, email, success: true, createdAt: { gte: since } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  const failures = await db().signInAttempt.findMany({
    where: { kind, email, success: false, createdAt: { gte: lastSuccess?.createdAt ?? since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
    take: 50,
  });
  let wait = 0;
  if (failures.length > ACCOUNT_FREE_FAILURES) {
    const lockMs = Math.min(MAX_LOCK_MS, 60_000 * 2 ** (failures.length - ACCOUNT_FREE_FAILURES - 1));
    wait = failures[0]!.createdAt.getTime() + lockMs - now.getTime();
  }
  // Without a known client address (no proxy header) every client would share one bucket, so the
  // per-IP limit only applies to real addresses; the per-account limit always does.
  const ipFailures = ip === "unknown" ? [] : await db().signInAttempt.findMany({
    where: { kind, ip, success: false, createdAt: { gte: new Date(now.getTime() - IP_WINDOW_MS) } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
    take: IP_MAX_FAILURES,
  });
  if (ipFailures.length >= IP_MAX_FAILURES) wait = Math.max(wait, ipFailures[0]!.createdAt.getTime() + IP_WINDOW_MS - now.getTime());
  return Math.max(0, Math.ceil(wait / 1000));
}

export async function signInWithPassword(rawEmail: string, password: string, ip: string): Promise<SignInResult> {
  // The same normalisation as sign-up (NFKC, no control characters, lower case).
  const email = normalizeEmail(rawEmail.slice(0, 1000)).slice(0, 254);
  ip = cleanIp(ip);
  const wait = await lockoutSeconds(email, ip);
  if (wait > 0) return { ok: false, reason: "locked", retryAfterSeconds: wait };

  const user = await db().user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true, passwordHash: true },
  });
  // Verify even for unknown emails (against a dummy hash) so timing does not reveal accounts.
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash()), password.slice(0, 1024));
  const success = Boolean(user?.passwordHash && valid && !user.disabledAt);
  await db().signInAttempt.create({ data: { email, ip, userId: user?.id ?? null, success } });
  if (!user || !user.passwordHash || !valid) return { ok: false, reason: "invalid" };
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}

/** Client addresses as stored: only the characters an IPv4/IPv6 address or "unknown" has. */
export function cleanIp(ip: string): string {
  return ip.replace(/[^0-9A-Za-z.:_-]/g, "").slice(0, 64) || "unknown";
}

export const REQUEST_LIMITS = {
  SIGN_UP: { perEmail: 3, perIp: 10, windowMs: 60 * 60_000 },
  PASSWORD_RESET: { perEmail: 3, perIp: 10, windowMs: 60 * 60_000 },
} as const satisfies Partial<Record<AttemptKind, { perEmail: number; perIp: number; windowMs: number }>>;

export type RequestKind = keyof typeof REQUEST_LIMITS;

/**
 * Seconds until another sign-up or reset request for this address (`email`) or from this client
 * (`ip`) is allowed; 0 when both are within budget. Every request counts, whether or not an
 * account exists, so the answer never reveals one.
 */
export async function requestWaitSeconds(kind: RequestKind, email: string, ip: string, now: Date = new Date()): Promise<{ email: number; ip: number }> {
  const { perEmail, perIp, windowMs } = REQUEST_LIMITS[kind];
  const since = new Date(now.getTime() - windowMs);
  const wait = async (where: { email: string } | { ip: string }, limit: number) => {
    const rows = await db().signInAttempt.findMany({ where: { kind, ...where, createdAt: { gte: since } }, orderBy: { createdAt: "desc" }, select: { createdAt: true }, take: limit });
    if (rows.length < limit) return 0;
    return Math.max(0, Math.ceil((rows[limit - 1]!.createdAt.getTime() + windowMs - now.getTime()) / 1000));
  };
  const [byEmail, byIp] = await Promise.all([wait({ email }, perEmail), ip === "unknown" ? 0 : wait({ ip }, perIp)]);
  return { email: byEmail, ip: byIp };
}

export async function recordRequest(kind: RequestKind, email: string, ip: string, userId: number | null): Promise<void> {
  await db().signInAttempt.create({ data: { kind, email, ip, userId, success: true } });
}

/**
 * Checks a signed-in user's password before a sensitive change, under the same lockout as
 * sign-in (failures count towards it), so a stolen session cannot guess the password.
 */
export async function confirmPassword(userId: number, password: string, ip: string): Promise<"ok" | "wrong" | { lockedSeconds: number }> {
  ip = cleanIp(ip);
  const user = await db().user.findUnique({ where: { id: userId }, select: { email: true, passwordHash: true } });
  if (!user?.passwordHash) return "wrong";
  const wait = await lockoutSeconds(user.email, ip);
  if (wait > 0) return { lockedSeconds: wait };
  const valid = await verifyPassword(user.passwordHash, password.slice(0, 1024));
  await db().signInAttempt.create({ data: { email: user.email, ip, userId, success: valid } });
  return valid ? "ok" : "wrong";
}

// A hash of a random secret nobody knows, only to spend the same time on unknown emails.
let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(crypto.randomBytes(32).toString("hex")));

/** The user behind a session, or null if they are gone, disabled, or their sessions were revoked. */
export async function getSessionUser(id: number, sessionVersion: number) {
  const user = await db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true } });
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role as Role };
}

export type OAuthResult = { ok: true; user: { id: number; email: string; name: string; role: Role; sessionVersion: number } } | { ok: false; reason: "unverified" | "no-account" | "disabled" };

/**
 * GitHub and Google sign-in link to an existing account with the same email — never create one,
 * and never on an address the provider has not verified (that would let anyone claim an account).
 */
export async function oauthAccountFor(rawEmail: unknown, verified: boolean): Promise<OAuthResult> {
  if (typeof rawEmail !== "string" || !rawEmail || rawEmail.length > 254) return { ok: false, reason: "no-account" };
  if (!verified) return { ok: false, reason: "unverified" };
  const email = normalizeEmail(rawEmail);
  const user = await db().user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, sessionVersion: true, disabledAt: true } });
  if (!user) return { ok: false, reason: "no-account" };
  if (user.disabledAt) return { ok: false, reason: "disabled" };
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role as Role, sessionVersion: user.sessionVersion } };
}
