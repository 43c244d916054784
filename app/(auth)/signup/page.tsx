// Create a reader account.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/session";
import { safeCallbackPath } from "@/lib/urls";
import { SignUpForm } from "@/components/auth/sign-up-form";

export const metadata: Metadata = { title: "Create an account" };

type Props = { searchParams: Promise<{ callbackUrl?: string | string[] }> };

export default async function SignUpPage({ searchParams }: Props) {
  const { callbackUrl } = await searchParams;
  const next = safeCallbackPath(Array.isArray(callbackUrl) ? callbackUrl[0] : callbackUrl);
  if (await getCurrentUser()) redirect(next);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Create an account</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">Save stories to read later and follow the sections, topics and writers you care about.</p>
      <SignUpForm callbackUrl={next} />
    </>
  );
}
