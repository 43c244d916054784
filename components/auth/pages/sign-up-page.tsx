// Create a reader account (/signup, /ru/signup).
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { homePath, safeCallbackPath } from "@/lib/urls";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { accountPageWords } from "@/lib/i18n/account-pages";
import type { Edition } from "@/lib/i18n/editions";

export type SignUpPageProps = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export function signUpMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).signUpTitle };
}

export async function SignUpPage({ searchParams, edition }: SignUpPageProps & { edition: Edition }) {
  const { callbackUrl } = await searchParams;
  const w = accountPageWords(edition);
  const next = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl, homePath(edition));
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{w.signUpTitle}</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">{w.signUpIntro}</p>
      <SignUpForm callbackUrl={next} edition={edition} />
    </>
  );
}
