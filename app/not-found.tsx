// The 404 page, in the site's own design and the request's edition, for unknown URLs and
// unpublished articles (/ru/… answers in Russian).
import Link from "next/link";
import { connection } from "next/server";
import { siteChrome } from "@/components/site/site-chrome";
import { requestEdition } from "@/lib/i18n/request";
import { dictionary } from "@/lib/i18n/dictionary";
import { homePath } from "@/lib/urls";

export default async function NotFound() {
  // Rendered per request like every reader page: its header shows the signed-in reader, and a
  // prerendered copy would be regenerated as static (and fail) when its cached section list expires.
  await connection();
  const edition = await requestEdition();
  const t = dictionary(edition);
  // The same elements as the (site) layout's, so a page's payload carries them once.
  const { header, footer } = siteChrome("Dateline", edition);
  return (
    <>
      {header}
      <main id="main" className="mx-auto max-w-3xl px-4 py-16 text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">{t.notFoundKicker}</p>
        <h1 className="mt-2 font-serif text-4xl font-bold">{t.notFoundTitle}</h1>
        <p className="mt-4 text-neutral-700 dark:text-neutral-300">{t.notFoundText}</p>
        <p className="mt-6">
          <Link prefetch={false} href={homePath(edition)} className="font-semibold text-red-800 underline dark:text-red-300">
            {t.notFoundHome}
          </Link>
        </p>
      </main>
      {footer}
    </>
  );
}
