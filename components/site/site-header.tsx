// The masthead and section navigation. Falls back to no sections if the database is unavailable,
// so error and not-found pages still render.
import Link from "next/link";
import { getSections, type SectionLink } from "@/lib/data/sections";
import { sectionPath } from "@/lib/urls";

async function loadSections(): Promise<SectionLink[]> {
  try {
    return await getSections();
  } catch {
    return [];
  }
}

export async function SiteHeader({ siteName }: { siteName: string }) {
  const sections = await loadSections();
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-black">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight">
          {siteName}
        </Link>
      </div>
      {sections.length > 0 ? (
        <nav aria-label="Sections" className="border-t border-neutral-200 dark:border-neutral-800">
          <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm font-medium">
            {sections.map((s) => (
              <li key={s.slug} className="shrink-0">
                <Link href={sectionPath(s)} className="hover:underline">
                  {s.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
    </header>
  );
}
