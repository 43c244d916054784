"use client";
// Ends the session and returns to the front page. Disabled until hydrated, so an early click is
// not lost.
import { signOut } from "next-auth/react";
import { useHydrated } from "@/components/site/use-hydrated";

export function SignOutButton({ className }: { className?: string }) {
  const hydrated = useHydrated();
  return (
    <button type="button" disabled={!hydrated} onClick={() => void signOut({ callbackUrl: "/" })} className={className}>
      Sign out
    </button>
  );
}
