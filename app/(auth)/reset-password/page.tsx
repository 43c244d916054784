// Choose a new password from an emailed link (/reset-password?token=…). The token is only checked
// when the form is sent, so opening the link twice or a mail scanner's preview uses nothing.
import type { Metadata } from "next";
import Link from "next/link";
import { tokenSchema } from "@/lib/validations/account";
import { ResetPasswordForm } from "@/components/auth/token-forms";

export const metadata: Metadata = { title: "Choose a new password", referrer: "no-referrer" };

type Props = { searchParams: Promise<{ token?: string | string[] }> };

export default async function ResetPasswordPage({ searchParams }: Props) {
  const { token } = await searchParams;
  const parsed = tokenSchema.safeParse(Array.isArray(token) ? token[0] : token);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Choose a new password</h1>
      {parsed.success ? (
        <ResetPasswordForm token={parsed.data} />
      ) : (
        <p data-testid="form-error" className="mt-6 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          This link is not valid. Copy the whole link from the email, or{" "}
          <Link href="/forgot-password" className="font-semibold underline">
            request a new one
          </Link>
          .
        </p>
      )}
    </>
  );
}
