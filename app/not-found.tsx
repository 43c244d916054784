// The 404 page, in the site's own design, for unknown URLs and unpublished articles.
import Link from "next/link";
import { connection } from "next/server";
import { SiteHeader } from "@/components/site/site-header";
import { SiteFooter } from "@/components/site/site-footer";

export default async function NotFound() {
  // Rendered per request like every reader page: its header shows the signed-in reader, and a
  // prerendered copy would be regenerated as static (and fail) when its cached section list expires.
  await connection();
  return (
    <>
      <SiteHeader siteName="Dateline" />
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">Error 404</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">Page not found</h1>
        <p className="mt-4 text-neutral-700 dark:text-neutral-300">
          The story or page you were looking for does not exist, or is no longer published.
        </p>
        <p className="mt-6">
          <Link href="/" className="font-semibold text-red-800 underline dark:text-red-300">
            Go to the front page
          </Link>
        </p>
      </main>
      <SiteFooter siteName="Dateline" />
    </>
  );
}
