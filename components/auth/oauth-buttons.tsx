"use client";
// "Continue with GitHub / Google", shown only for providers whose settings are complete.
import { signIn } from "next-auth/react";
import { accountMessages } from "@/lib/i18n/account-messages";
import type { Edition } from "@/lib/i18n/editions";

const PROVIDER = { github: "GitHub", google: "Google" } as const;

export function OAuthButtons({ providers, callbackUrl, edition = "en" }: { providers: ("github" | "google")[]; callbackUrl: string; edition?: Edition }) {
  if (!providers.length) return null;
  const m = accountMessages(edition);
  return (
    <div className="mt-6 space-y-2 border-t border-neutral-200 pt-4 dark:border-neutral-800">
      <p className="text-sm text-neutral-600 dark:text-neutral-400">{m.orExistingAccount}</p>
      {providers.map((p) => (
        <button key={p} type="button" onClick={() => void signIn(p, { callbackUrl })} className="block w-full rounded border border-neutral-400 px-3 py-2 font-semibold dark:border-neutral-600">
          {m.continueWith(PROVIDER[p])}
        </button>
      ))}
    </div>
  );
}
