"use client";
// The header's "Sign in" link, carrying the current page so sign-in comes back to it.
import Link from "next/link";
import { usePathname } from "next/navigation";

export function SignInLink({ className }: { className?: string }) {
  const pathname = usePathname();
  // The auth pages themselves are not somewhere to come back to.
  const back = pathname && !/^\/(signin|signup|forgot-password|reset-password|verify-email)\b/.test(pathname) && pathname !== "/" ? pathname : null;
  return (
    <Link href={back ? `/signin?callbackUrl=${encodeURIComponent(back)}` : "/signin"} className={className}>
      Sign in
    </Link>
  );
}
