// Site footer: sections, about, search.
import Link from "next/link";
import { getSectionsForChrome } from "@/lib/data/sections";
import { homePath, sectionPath, searchPath } from "@/lib/urls";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";

export async function SiteFooter({ siteName, edition = "en" }: { siteName: string; edition?: Edition }) {
  const sections = await getSectionsForChrome();
  const t = dictionary(edition);
  const feeds = homePath(edition).replace(/\/$/, "");
  return (
    <footer className="mt-16 border-t border-neutral-200 py-10 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 md:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold text-neutral-900 dark:text-neutral-100">{siteName}</p>
          <p className="mt-2">{t.footerAbout}</p>
        </div>
        {sections.length ? (
          <nav aria-label={t.footerSections}>
            <h2 className="font-semibold text-neutral-900 dark:text-neutral-100">{t.sections}</h2>
            <ul className="mt-2 grid grid-cols-2 gap-1">
              {sections.map((s) => (
                <li key={s.slug}>
                  <Link prefetch={false} href={sectionPath(s, edition)} className="hover:underline">
                    {sectionName(s, edition)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-label={t.aboutNav}>
          <h2 className="font-semibold text-neutral-900 dark:text-neutral-100">{siteName}</h2>
          <ul className="mt-2 space-y-1">
            <li>
              {edition === "en" ? (
                <Link prefetch={false} href="/about" className="hover:underline">
                  {t.aboutUs}
                </Link>
              ) : (
                // eslint-disable-next-line @next/next/no-html-link-for-pages -- the English page: a full load switches the layouts' language
                <a href="/about" hrefLang="en" className="hover:underline">
                  {t.aboutUs}
                </a>
              )}
            </li>
            <li>
              <Link prefetch={false} href={searchPath(edition)} className="hover:underline">
                {t.search}
              </Link>
            </li>
            <li>
              <a href={`${feeds}/feed.xml`} className="hover:underline">
                {t.rssFeed}
              </a>
            </li>
            <li>
              <a href={`${feeds}/atom.xml`} className="hover:underline">
                {t.atomFeed}
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
