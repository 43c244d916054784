// Site footer: sections, about, search.
import Link from "next/link";
import { getSectionsForChrome } from "@/lib/data/sections";
import { sectionPath } from "@/lib/urls";

export async function SiteFooter({ siteName }: { siteName: string }) {
  const sections = await getSectionsForChrome();
  return (
    <footer className="mt-16 border-t border-neutral-200 py-10 text-sm text-neutral-700 dark:border-neutral-800 dark:text-neutral-300">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 md:grid-cols-3">
        <div>
          <p className="font-serif text-2xl font-bold text-neutral-900 dark:text-neutral-100">{siteName}</p>
          <p className="mt-2">An open-source news publication. All demo content is fictional.</p>
        </div>
        {sections.length ? (
          <nav aria-label="Footer sections">
            <h2 className="font-semibold text-neutral-900 dark:text-neutral-100">Sections</h2>
            <ul className="mt-2 grid grid-cols-2 gap-1">
              {sections.map((s) => (
                <li key={s.slug}>
                  <Link href={sectionPath(s)} className="hover:underline">
                    {s.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        <nav aria-label="About">
          <h2 className="font-semibold text-neutral-900 dark:text-neutral-100">{siteName}</h2>
          <ul className="mt-2 space-y-1">
            <li>
              <Link href="/about" className="hover:underline">
                About us
              </Link>
            </li>
            <li>
              <Link href="/search" className="hover:underline">
                Search
              </Link>
            </li>
            <li>
              <a href="/feed.xml" className="hover:underline">
                RSS feed
              </a>
            </li>
            <li>
              <a href="/atom.xml" className="hover:underline">
                Atom feed
              </a>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
