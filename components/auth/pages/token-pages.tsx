// The pages behind emailed links and the request for one (/forgot-password, /reset-password?token=…,
// /verify-email?token=…, and the same under /ru). A token is only checked when its form is sent, so
// opening the link twice or a mail scanner's preview uses nothing.
import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { accountSchemas } from "@/lib/validations/account";
import { ForgotPasswordForm, ResetPasswordForm, VerifyEmailForm } from "@/components/auth/token-forms";
import { accountPageWords } from "@/lib/i18n/account-pages";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";

export type TokenPageProps = { searchParams: Promise<{ token?: string | string[] }> };

const invalidClass = "mt-6 rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100";

async function tokenOf(searchParams: TokenPageProps["searchParams"], edition: Edition) {
  const { token } = await searchParams;
  return accountSchemas(edition).tokenSchema.safeParse(Array.isArray(token) ? token[0] : token);
}

export function forgotPasswordMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).forgotTitle };
}

export function ForgotPasswordPage({ edition }: { edition: Edition }) {
  const w = accountPageWords(edition);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{w.forgotTitle}</h1>
      <p className="mt-2 text-neutral-700 dark:text-neutral-300">{w.forgotIntro}</p>
      <ForgotPasswordForm edition={edition} />
    </>
  );
}

export function resetPasswordMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).resetTitle, referrer: "no-referrer" };
}

export async function ResetPasswordPage({ searchParams, edition }: TokenPageProps & { edition: Edition }) {
  const parsed = await tokenOf(searchParams, edition);
  const w = accountPageWords(edition);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{w.resetTitle}</h1>
      {parsed.success ? (
        <ResetPasswordForm token={parsed.data} edition={edition} />
      ) : (
        <p data-testid="form-error" className={invalidClass}>
          {w.resetInvalid}{" "}
          <Link prefetch={false} href={inEditionPath(edition, "/forgot-password")} className="font-semibold underline">
            {w.resetInvalidLink}
          </Link>
          .
        </p>
      )}
    </>
  );
}

export function verifyEmailMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).verifyTitle, referrer: "no-referrer" };
}

export async function VerifyEmailPage({ searchParams, edition }: TokenPageProps & { edition: Edition }) {
  const parsed = await tokenOf(searchParams, edition);
  const user = await getCurrentUser();
  const w = accountPageWords(edition);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">{w.verifyTitle}</h1>
      {parsed.success ? (
        <VerifyEmailForm token={parsed.data} signedIn={Boolean(user)} edition={edition} />
      ) : (
        <p data-testid="form-error" className={invalidClass}>
          {w.verifyInvalid}{" "}
          <Link prefetch={false} href={inEditionPath(edition, "/account")} className="font-semibold underline">
            {w.verifyInvalidLink}
          </Link>
          .
        </p>
      )}
    </>
  );
}
