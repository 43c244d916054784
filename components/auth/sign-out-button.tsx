"use client";
// Ends the session and returns to the front page.
import { signOut } from "next-auth/react";

export function SignOutButton({ className }: { className?: string }) {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: "/" })} className={className}>
      Sign out
    </button>
  );
}
