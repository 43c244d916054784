"use client";
// The header's "Sign in" link, to the sign-in page of the page's edition, carrying the current
// page so sign-in comes back to it.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";

// The auth pages themselves (in any edition) are not somewhere to come back to, nor a front page.
const NOT_BACK = /^(?:\/ru)?\/(signin|signup|forgot-password|reset-password|verify-email)\b|^\/ru\/?$/;

/** `plain`: an <a> (a full load), for a sign-in page of another edition than this page's. */
export function SignInLink({ className, label = "Sign in", plain = false, edition = "en" }: { className?: string; label?: string; plain?: boolean; edition?: Edition }) {
  const pathname = usePathname();
  const back = pathname && !NOT_BACK.test(pathname) && pathname !== "/" ? pathname : null;
  const signin = inEditionPath(edition, "/signin");
  const href = back ? `${signin}?callbackUrl=${encodeURIComponent(back)}` : signin;
  if (plain) {
    return (
      <a href={href} className={className}>
        {label}
      </a>
    );
  }
  return (
    <Link prefetch={false} href={href} className={className}>
      {label}
    </Link>
  );
}
