// Confirm an email address from an emailed link (/verify-email?token=…), with one button press so
// link previews in mail clients do not use the token up.
import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { tokenSchema } from "@/lib/validations/account";
import { VerifyEmailForm } from "@/components/auth/token-forms";

export const metadata: Metadata = { title: "Confirm your email address", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function VerifyEmailPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const parsed = tokenSchema.safeParse(Array.isArray(token) ? token[0] : token);
  const user = await getCurrentUser();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Confirm your email address</h1>
      {parsed.success ? (
        <VerifyEmailForm token={parsed.data} signedIn={Boolean(user)} />
      ) : (
        <p data-testid="form-error" className="mt-6 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          This link is not valid. Copy the whole link from the email, or send a new one from{" "}
          <Link href="/account" className="font-semibold underline">
            your account page
          </Link>
          .
        </p>
      )}
    </>
  );
}
