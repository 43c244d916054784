// next-auth v4 configuration: email + password (Credentials provider) with JWT sessions. The JWT
// carries the user's id and session version; every request re-checks both against the database
// (lib/auth/session.ts), so disabling a user or changing their role or password ends their
// sessions at once. GitHub and Google sign-in switch on when their env vars are set.
import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { oauthAccountFor, signInWithPassword } from "@/lib/data/sign-in";
import { env, oauthProviders } from "@/lib/env";
import { SIGN_IN_ERROR } from "@/lib/i18n/account-messages";

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "unknown";
}

/** GitHub's primary address may be unverified; ask its API which addresses are verified. */
async function githubVerified(accessToken: string | undefined, email: string): Promise<boolean> {
  if (!accessToken) return false;
  try {
    const response = await fetch("https://api.github.com/user/emails", { headers: { Authorization: `Bearer ${accessToken}`, Accept: "application/vnd.github+json" }, signal: AbortSignal.timeout(5000) });
    if (!response.ok) return false;
    const emails = (await response.json()) as { email?: string; verified?: boolean }[];
    return Array.isArray(emails) && emails.some((e) => e.verified === true && e.email?.toLowerCase() === email.toLowerCase());
  } catch {
    return false;
  }
}

function oauthProviderList(): NextAuthOptions["providers"] {
  const e = env();
  const enabled = oauthProviders(e);
  return [
    ...(enabled.includes("github") ? [GitHubProvider({ clientId: e.GITHUB_ID!, clientSecret: e.GITHUB_SECRET! })] : []),
    ...(enabled.includes("google") ? [GoogleProvider({ clientId: e.GOOGLE_CLIENT_ID!, clientSecret: e.GOOGLE_CLIENT_SECRET! })] : []),
  ];
}

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
    pages: { signIn: "/signin", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          const email = typeof credentials?.email === "string" ? credentials.email : "";
          const password = typeof credentials?.password === "string" ? credentials.password : "";
          // Failures are codes: the sign-in form says them in its page's language (lib/i18n/account-messages.ts).
          if (!email || !password) throw new Error(SIGN_IN_ERROR.missing);
          const result = await signInWithPassword(email, password, clientIp(req?.headers));
          if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
          if (result.reason === "locked") throw new Error(SIGN_IN_ERROR.locked(result.retryAfterSeconds));
          if (result.reason === "disabled") throw new Error(SIGN_IN_ERROR.disabled);
          throw new Error(SIGN_IN_ERROR.invalid);
        },
      }),
      ...oauthProviderList(),
    ],
    callbacks: {
      // OAuth links to an existing account with the same, provider-verified email; see oauthAccountFor.
      async signIn({ user, account, profile }) {
        if (!account || account.provider === "credentials") return true;
        const email = user.email ?? "";
        const verified = account.provider === "google" ? (profile as { email_verified?: unknown } | undefined)?.email_verified === true : await githubVerified(account.access_token, email);
        const result = await oauthAccountFor(email, verified);
        return result.ok ? true : `/signin?error=${result.reason}`;
      },
      async jwt({ token, user, account }) {
        if (user && account && account.provider !== "credentials") {
          // The provider's user is not ours: carry our account's id, role and session version.
          const result = await oauthAccountFor(user.email, true);
          if (!result.ok) throw new Error("account not found");
          token.uid = result.user.id;
          token.role = result.user.role;
          token.sv = result.user.sessionVersion;
          token.name = result.user.name;
          token.email = result.user.email;
        } else if (user) {
          const u = user as unknown as { id: string; role: string; sessionVersion: number };
          token.uid = Number(u.id);
          token.role = u.role;
          token.sv = u.sessionVersion;
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.uid, role: token.role } };
      },
    },
  };
}
