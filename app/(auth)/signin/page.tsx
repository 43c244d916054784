// Sign in with email and password.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/urls";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { env, oauthProviders } from "@/lib/env";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

const OAUTH_ERRORS: Record<string, string> = {
  "no-account": "No account uses that email address. Sign up with email and password first, or ask an administrator.",
  unverified: "That provider has not verified your email address, so it cannot be used to sign in here.",
  disabled: "This account has been disabled. Ask an administrator.",
  OAuthSignin: "The sign-in provider could not be reached. Try again, or use your email and password.",
  OAuthCallback: "The sign-in provider could not be reached. Try again, or use your email and password.",
  AccessDenied: "Sign-in was cancelled or refused.",
};

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl, error } = await searchParams;
  const code = Array.isArray(error) ? (error[0] ?? "") : (error ?? "");
  const oauthError = Object.hasOwn(OAUTH_ERRORS, code) ? OAUTH_ERRORS[code] : null;
  const next = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      {oauthError ? (
        <p data-testid="form-error" className="mt-4 rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {oauthError}
        </p>
      ) : null}
      <SignInForm callbackUrl={next} />
      <OAuthButtons providers={oauthProviders(env())} callbackUrl={next} />
      <p className="mt-6 flex flex-wrap justify-between gap-2 text-sm">
        <Link href={`/signup?callbackUrl=${encodeURIComponent(next)}`} className="font-semibold underline">
          Create an account
        </Link>
        <Link href="/forgot-password" className="underline">
          Forgot your password?
        </Link>
      </p>
    </>
  );
}
