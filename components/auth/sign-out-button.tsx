"use client";
// Ends the session and returns to the front page. Disabled until hydrated, so an early click is
// not lost.
import { signOut } from "next-auth/react";
import { useHydrated } from "@/components/site/use-hydrated";

export function SignOutButton({ className, label = "Sign out" }: { className?: string; label?: string }) {
  const hydrated = useHydrated();
  return (
    <button type="button" disabled={!hydrated} onClick={() => void signOut({ callbackUrl: "/" })} className={className}>
      {label}
    </button>
  );
}
