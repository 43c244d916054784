// Sign-in pages: a plain frame with the masthead, kept out of search engines, in the request's
// edition (proxy.ts sets it from the path: /ru/signin is Russian), like the (site) layout.
import type { Metadata } from "next";
import Link from "next/link";
import { siteConfig } from "@/lib/site";
import { requestEdition } from "@/lib/i18n/request";
import { homePath } from "@/lib/urls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const { name } = siteConfig();
  const edition = await requestEdition();
  return (
    <>
      <header className="border-b border-neutral-200 dark:border-neutral-800">
        <div className="mx-auto max-w-6xl px-4 py-3">
          <Link prefetch={false} href={homePath(edition)} className="font-serif text-3xl font-bold tracking-tight">
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
