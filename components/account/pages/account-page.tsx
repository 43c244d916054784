// The reader's account (/account, /ru/account): name, email, password, data download and deletion.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/reader-page";
import { getAccount } from "@/lib/data/account-settings";
import { accountPageWords } from "@/lib/i18n/account-pages";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { DeleteAccountForm, EmailForm, NameForm, PasswordForm, ResendVerification } from "@/components/account/account-forms";

export function accountMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).accountTitle, robots: { index: false, follow: false } };
}

export async function AccountPage({ edition }: { edition: Edition }) {
  const path = inEditionPath(edition, "/account");
  const user = await requireSignedIn(path, edition);
  const account = await getAccount(user.id);
  if (!account) redirect(`${inEditionPath(edition, "/signin")}?callbackUrl=${encodeURIComponent(path)}`);
  const w = accountPageWords(edition);
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="font-serif text-4xl font-bold">{w.accountTitle}</h1>
      <nav aria-label={w.yourReading} className="flex gap-4 text-sm font-semibold">
        <Link prefetch={false} href={inEditionPath(edition, "/saved")} className="underline">
          {w.savedStories}
        </Link>
        <Link prefetch={false} href={inEditionPath(edition, "/my-feed")} className="underline">
          {w.myFeed}
        </Link>
      </nav>
      {account.emailVerifiedAt ? null : (
        <div data-testid="unverified" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p>
            {w.unverifiedBefore} <strong>{account.email}</strong> {w.unverifiedAfter}
          </p>
          <ResendVerification edition={edition} />
        </div>
      )}
      {account.pendingEmail ? (
        <p data-testid="pending-email" className="rounded border border-neutral-200 p-4 text-sm dark:border-neutral-800">
          {w.pendingBefore} <strong>{account.pendingEmail}</strong>
          {w.pendingAfter}
        </p>
      ) : null}
      <NameForm name={account.name} edition={edition} />
      <EmailForm email={account.email} edition={edition} />
      <PasswordForm edition={edition} />
      <section aria-labelledby="data-heading" className="space-y-2 rounded border border-neutral-200 p-4 dark:border-neutral-800">
        <h2 id="data-heading" className="font-serif text-xl font-bold">
          {w.yourData}
        </h2>
        <p className="text-sm">{w.yourDataText}</p>
        {/* One download for both editions: the file is data, not prose. */}
        <a href="/account/data" download className="inline-block rounded border border-neutral-300 px-3 py-1 text-sm font-semibold dark:border-neutral-700">
          {w.downloadData}
        </a>
      </section>
      {account.isStaff ? <p className="text-sm text-neutral-700 dark:text-neutral-300">{w.staffRemoved}</p> : <DeleteAccountForm edition={edition} />}
    </div>
  );
}
