"use client";
// The sign-in form. Errors (wrong password, lockout with how long to wait, disabled account) show
// above the fields and the typed email stays, in the page's edition (next-auth answers with codes).
import { useState, type FormEvent } from "react";
import { signIn } from "next-auth/react";
import { useHydrated } from "@/components/site/use-hydrated";
import { accountMessages, signInErrorText } from "@/lib/i18n/account-messages";
import type { Edition } from "@/lib/i18n/editions";

const field = "mt-1 block w-full rounded border border-neutral-300 bg-white px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

export function SignInForm({ callbackUrl, edition = "en" }: { callbackUrl: string; edition?: Edition }) {
  const m = accountMessages(edition);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const hydrated = useHydrated();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError(m.enterEmailAndPassword);
      return;
    }
    setPending(true);
    setError(null);
    const result = await signIn("credentials", { email, password, redirect: false, callbackUrl }).catch(() => null);
    setPending(false);
    if (!result) setError(m.couldNotReach);
    else if (result.error) setError(signInErrorText(result.error, edition));
    else window.location.assign(callbackUrl);
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {error ? (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {error}
        </p>
      ) : null}
      <label className="block">
        <span className="text-sm font-semibold">{m.email}</span>
        <input name="email" type="email" autoComplete="email" required maxLength={254} className={field} />
      </label>
      <label className="block">
        <span className="text-sm font-semibold">{m.password}</span>
        <input name="password" type="password" autoComplete="current-password" required maxLength={1024} className={field} />
      </label>
      <button type="submit" disabled={pending || !hydrated} className="w-full rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
        {pending ? m.signingIn : m.signIn}
      </button>
    </form>
  );
}
