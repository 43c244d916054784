// Sign-in pages: a plain frame with the masthead, kept out of search engines.
import type { Metadata } from "next";
import Link from "next/link";
import { siteConfig } from "@/lib/site";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default function AuthLayout({ children }: { children: React.ReactNode }) {
  const { name } = siteConfig();
  return (
    <>
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight">
            {name}
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-md px-4 py-12">
        {children}
      </main>
    </>
  );
}
