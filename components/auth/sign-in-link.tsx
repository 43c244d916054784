"use client";
// The header's "Sign in" link, carrying the current page so sign-in comes back to it.
import Link from "next/link";
import { usePathname } from "next/navigation";

/** `plain`: an <a> (a full load), from pages of another edition than the English sign-in page. */
export function SignInLink({ className, label = "Sign in", plain = false }: { className?: string; label?: string; plain?: boolean }) {
  const pathname = usePathname();
  // The auth pages themselves are not somewhere to come back to.
  const back = pathname && !/^\/(signin|signup|forgot-password|reset-password|verify-email)\b/.test(pathname) && pathname !== "/" ? pathname : null;
  const href = back ? `/signin?callbackUrl=${encodeURIComponent(back)}` : "/signin";
  if (plain) {
    return (
      <a href={href} className={className}>
        {label}
      </a>
    );
  }
  return (
    <Link href={href} className={className}>
      {label}
    </Link>
  );
}
