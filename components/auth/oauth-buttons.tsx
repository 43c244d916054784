"use client";
// "Continue with GitHub / Google", shown only for providers whose settings are complete.
import { signIn } from "next-auth/react";

const LABEL = { github: "Continue with GitHub", google: "Continue with Google" } as const;

export function OAuthButtons({ providers, callbackUrl }: { providers: ("github" | "google")[]; callbackUrl: string }) {
  if (!providers.length) return null;
  return (
    <div className="mt-6 space-y-2 border-t border-neutral-200 pt-4 dark:border-neutral-800">
      <p className="text-sm text-neutral-600 dark:text-neutral-400">Or, for an existing account with the same verified email:</p>
      {providers.map((p) => (
        <button key={p} type="button" onClick={() => void signIn(p, { callbackUrl })} className="block w-full rounded border border-neutral-400 px-3 py-2 font-semibold dark:border-neutral-600">
          {LABEL[p]}
        </button>
      ))}
    </div>
  );
}
