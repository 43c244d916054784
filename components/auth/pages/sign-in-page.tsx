// Sign in with email and password (/signin, /ru/signin).
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { oauthReturnEdition } from "@/lib/auth/oauth-edition";
import { safeCallbackPath } from "@/lib/urls";
import { SignInForm } from "@/components/auth/sign-in-form";
import { OAuthButtons } from "@/components/auth/oauth-buttons";
import { env, oauthProviders } from "@/lib/env";
import { accountPageWords } from "@/lib/i18n/account-pages";
import { homePath } from "@/lib/urls";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";

export type SignInPageProps = { searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }> };

export function signInMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).signInTitle };
}

export async function SignInPage({ searchParams, edition }: SignInPageProps & { edition: Edition }) {
  const { callbackUrl, error } = await searchParams;
  const w = accountPageWords(edition);
  const code = Array.isArray(error) ? (error[0] ?? "") : (error ?? "");
  const oauthError = Object.hasOwn(w.oauthErrors, code) ? w.oauthErrors[code as keyof typeof w.oauthErrors] : null;
  const next = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl, homePath(edition));
  // next-auth sends every OAuth failure to /signin; one that started on a Russian page goes on to /ru/signin.
  if (code && edition === "en") {
    const back = await oauthReturnEdition();
    if (back.edition !== "en") redirect(`${inEditionPath(back.edition, "/signin")}?error=${encodeURIComponent(code.slice(0, 40))}&callbackUrl=${encodeURIComponent(back.callbackPath)}`);
  }
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{w.signInTitle}</h1>
      {oauthError ? (
        <p data-testid="form-error" className="mt-4 rounded bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200">
          {oauthError}
        </p>
      ) : null}
      <SignInForm callbackUrl={next} edition={edition} />
      <OAuthButtons providers={oauthProviders(env())} callbackUrl={next} edition={edition} />
      <p className="mt-6 flex flex-wrap justify-between gap-2 text-sm">
        <Link prefetch={false} href={`${inEditionPath(edition, "/signup")}?callbackUrl=${encodeURIComponent(next)}`} className="font-semibold underline">
          {w.createAnAccount}
        </Link>
        <Link prefetch={false} href={inEditionPath(edition, "/forgot-password")} className="underline">
          {w.forgotPassword}
        </Link>
      </p>
    </>
  );
}
