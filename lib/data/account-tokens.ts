// Single-use, expiring links for email verification and password reset. The raw token only ever
// exists in the email; the database keeps its SHA-256, so a leaked table cannot be replayed.
// A new link of one purpose cancels the user's earlier unused ones of that purpose.
import "server-only";
import crypto from "node:crypto";
import { db } from "@/lib/db";
import type { AccountTokenPurpose, Prisma } from "@/lib/generated/prisma/client";
import { accountMessages, type AccountMessages } from "@/lib/i18n/account-messages";
import type { Edition } from "@/lib/i18n/editions";

export const TOKEN_TTL_MS: Record<AccountTokenPurpose, number> = {
  VERIFY_EMAIL: 24 * 60 * 60_000,
  RESET_PASSWORD: 60 * 60_000,
};

export type TokenFailure = "invalid" | "used" | "expired" | "wrong-user" | "stale" | "taken";

const TOKEN_MESSAGE_KEYS = {
  invalid: "tokenInvalid",
  used: "tokenUsed",
  expired: "tokenExpired",
  "wrong-user": "tokenWrongUser",
  stale: "tokenStale",
  taken: "tokenTaken",
} as const satisfies Record<TokenFailure, keyof AccountMessages>;

/** Why a link did not work, in the words of `edition`. */
export function tokenMessage(reason: TokenFailure, edition: Edition = "en"): string {
  return accountMessages(edition)[TOKEN_MESSAGE_KEYS[reason]];
}

export const TOKEN_MESSAGES: Record<TokenFailure, string> = Object.fromEntries(Object.keys(TOKEN_MESSAGE_KEYS).map((r) => [r, tokenMessage(r as TokenFailure)])) as Record<TokenFailure, string>;

export function hashToken(token: string): string {
  return crypto.createHash("sha256").update(token).digest("hex");
}

/** Creates a link token for `email` (the account's address, or the new one for a change). */
export async function issueToken(userId: number, purpose: AccountTokenPurpose, email: string, now: Date = new Date()): Promise<string> {
  const token = crypto.randomBytes(32).toString("base64url");
  await db().$transaction([
    db().accountToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } }),
    db().accountToken.create({ data: { userId, purpose, email, tokenHash: hashToken(token), expiresAt: new Date(now.getTime() + TOKEN_TTL_MS[purpose]) } }),
  ]);
  return token;
}

export type ConsumedToken = { userId: number; email: string; userEmail: string };

/**
 * Checks a token and, if it is good, marks it used and runs `apply` in the same transaction, so a
 * token works once even when two requests race. `currentUserId`: who is signed in (if anyone);
 * a link for another account is refused rather than silently acting on it.
 */
export async function consumeToken(
  token: string,
  purpose: AccountTokenPurpose,
  apply: (tx: Prisma.TransactionClient, consumed: ConsumedToken, now: Date) => Promise<TokenFailure | void>,
  options: { currentUserId?: number | null; now?: Date } = {},
): Promise<{ ok: true; userId: number } | { ok: false; reason: TokenFailure }> {
  const now = options.now ?? new Date();
  const tokenHash = hashToken(token);
  return db().$transaction(async (tx) => {
    const row = await tx.accountToken.findUnique({ where: { tokenHash }, select: { id: true, userId: true, purpose: true, email: true, expiresAt: true, usedAt: true, user: { select: { email: true, disabledAt: true } } } });
    if (!row || row.purpose !== purpose || row.user.disabledAt) return { ok: false, reason: "invalid" } as const;
    if (row.usedAt) return { ok: false, reason: "used" } as const;
    if (row.expiresAt <= now) return { ok: false, reason: "expired" } as const;
    if (options.currentUserId && options.currentUserId !== row.userId) return { ok: false, reason: "wrong-user" } as const;
    const claimed = await tx.accountToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } });
    if (claimed.count !== 1) return { ok: false, reason: "used" } as const;
    const failure = await apply(tx, { userId: row.userId, email: row.email, userEmail: row.user.email }, now);
    if (failure) throw new TokenRefused(failure);
    return { ok: true, userId: row.userId } as const;
  }).catch((error: unknown) => {
    // A refusal inside `apply` rolls the whole transaction back, so the token stays unused.
    if (error instanceof TokenRefused) return { ok: false, reason: error.reason } as const;
    throw error;
  });
}

class TokenRefused extends Error {
  constructor(readonly reason: TokenFailure) {
    super(reason);
  }
}
