// The reader's account: name, email, password, data download and deletion.
import type { Metadata } from "next";
import Link from "next/link";
import { requireSignedIn } from "@/lib/auth/reader-page";
import { getAccount } from "@/lib/data/account-settings";
import { redirect } from "next/navigation";
import { DeleteAccountForm, EmailForm, NameForm, PasswordForm, ResendVerification } from "@/components/account/account-forms";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your account", robots: { index: false, follow: false } };

export default async function AccountPage() {
  const user = await requireSignedIn("/account");
  const account = await getAccount(user.id);
  if (!account) redirect("/signin?callbackUrl=%2Faccount");
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="font-serif text-4xl font-bold">Your account</h1>
      <nav aria-label="Your reading" className="flex gap-4 text-sm font-semibold">
        <Link href="/saved" className="underline">
          Saved stories
        </Link>
        <Link href="/my-feed" className="underline">
          My feed
        </Link>
      </nav>
      {account.emailVerifiedAt ? null : (
        <div data-testid="unverified" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
          <p>
            Your email address <strong>{account.email}</strong> is not confirmed yet. Open the link we emailed you.
          </p>
          <ResendVerification />
        </div>
      )}
      {account.pendingEmail ? (
        <p data-testid="pending-email" className="rounded border border-neutral-200 p-4 text-sm dark:border-neutral-800">
          Waiting for you to confirm <strong>{account.pendingEmail}</strong>: open the link we sent there.
        </p>
      ) : null}
      <NameForm name={account.name} />
      <EmailForm email={account.email} />
      <PasswordForm />
      <section aria-labelledby="data-heading" className="space-y-2 rounded border border-neutral-200 p-4 dark:border-neutral-800">
        <h2 id="data-heading" className="font-serif text-xl font-bold">
          Your data
        </h2>
        <p className="text-sm">Everything we keep about you (account, saved stories, follows, recent sign-ins) as a JSON file.</p>
        <a href="/account/data" download className="inline-block rounded border border-neutral-300 px-3 py-1 text-sm font-semibold dark:border-neutral-700">
          Download my data
        </a>
      </section>
      {account.isStaff ? (
        <p className="text-sm text-neutral-700 dark:text-neutral-300">Staff accounts are removed by an administrator.</p>
      ) : (
        <DeleteAccountForm />
      )}
    </div>
  );
}
