"use client";
// Ends the session and returns to the front page (of the page's edition). Disabled until hydrated, so an early click is
// not lost. It speaks next-auth's own endpoints (CSRF token, then POST /api/auth/signout) the way
// next-auth/react's signOut() does, without shipping that client (about 12 KB gzipped with its
// helpers) to every reader page: the header renders this button for signed-in readers only, but
// its code loads on every page that can show it.
import { useState } from "react";
import { useHydrated } from "@/components/site/use-hydrated";

async function signOutAndGoHome(home: string): Promise<void> {
  const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", "X-Auth-Return-Redirect": "1" },
    body: new URLSearchParams({ csrfToken, callbackUrl: home, json: "true" }),
  });
  // A full load on purpose: it drops the signed-in reader's client-side router cache and state,
  // as next-auth's signOut() does.
  window.location.href = home;
}

export function SignOutButton({ className, label = "Sign out", home = "/" }: { className?: string; label?: string; home?: string }) {
  const hydrated = useHydrated();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={!hydrated || busy}
      onClick={() => {
        setBusy(true);
        signOutAndGoHome(home).catch(() => setBusy(false));
      }}
      className={className}
    >
      {label}
    </button>
  );
}
