// Sign in with email and password.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/urls";
import { SignInForm } from "@/components/auth/sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Sign in</h1>
      <SignInForm callbackUrl={next} />
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
