// The masthead: logo, search, theme switch, section navigation and (on phones) a menu that works
// without JavaScript (<details>). Falls back to no sections if the database is unavailable, so
// error and not-found pages still render.
import Link from "next/link";
import { getSectionsForChrome } from "@/lib/data/sections";
import { sectionPath } from "@/lib/urls";
import { ThemeToggle } from "@/components/site/theme-toggle";
import { getCurrentUser } from "@/lib/auth/session";
import { canAccessNewsroom } from "@/lib/permissions";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { SignInLink } from "@/components/auth/sign-in-link";

function SearchForm({ id }: { id: string }) {
  return (
    <form action="/search" method="get" role="search" className="flex">
      <label htmlFor={id} className="sr-only">
        Search stories
      </label>
      <input id={id} type="search" name="q" maxLength={200} placeholder="Search" className="w-40 rounded-l border border-neutral-300 bg-white px-2 py-1 text-sm md:w-56 dark:border-neutral-700 dark:bg-neutral-900" />
      <button type="submit" className="rounded-r bg-neutral-900 px-3 py-1 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        Go
      </button>
    </form>
  );
}

export async function SiteHeader({ siteName }: { siteName: string }) {
  const [sections, user] = await Promise.all([getSectionsForChrome(), getCurrentUser().catch(() => null)]);
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-black">
        Skip to content
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="font-serif text-3xl font-bold tracking-tight">
          {siteName}
        </Link>
        <div className="flex items-center gap-2">
          <div className="hidden sm:block">
            <SearchForm id="header-search" />
          </div>
          <ThemeToggle />
          {user ? (
            <nav aria-label="Your account" className="flex items-center gap-3 text-sm">
              {canAccessNewsroom(user) ? (
                <Link href="/newsroom" className="font-semibold hover:underline">
                  Newsroom
                </Link>
              ) : null}
              <Link href="/saved" className="font-semibold hover:underline">
                Saved
              </Link>
              <Link href="/my-feed" className="hidden font-semibold hover:underline sm:inline">
                My feed
              </Link>
              <Link href="/account" className="hidden font-semibold hover:underline md:inline" data-testid="account-link">
                <span className="sr-only">Account: </span>
                {user.name}
              </Link>
              <SignOutButton className="rounded border border-neutral-300 px-2 py-1 dark:border-neutral-700" />
            </nav>
          ) : (
            <SignInLink className="rounded border border-neutral-300 px-2 py-1 text-sm font-semibold dark:border-neutral-700" />
          )}
        </div>
      </div>
      {sections.length > 0 ? (
        <>
          <nav aria-label="Sections" className="hidden border-t border-neutral-200 md:block dark:border-neutral-800">
            <ul className="mx-auto flex max-w-6xl gap-5 px-4 py-2 text-sm font-medium">
              {sections.map((s) => (
                <li key={s.slug}>
                  <Link href={sectionPath(s)} className="hover:underline">
                    {s.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <details className="border-t border-neutral-200 md:hidden dark:border-neutral-800">
            <summary className="cursor-pointer px-4 py-2 text-sm font-semibold">Menu</summary>
            <div className="px-4 pb-4">
              <div className="mb-3 sm:hidden">
                <SearchForm id="menu-search" />
              </div>
              {user ? (
                <p className="mb-3 flex gap-4 text-base font-semibold md:hidden">
                  <Link href="/my-feed" className="hover:underline">
                    My feed
                  </Link>
                  <Link href="/account" className="hover:underline">
                    Your account
                  </Link>
                </p>
              ) : null}
              <nav aria-label="Sections menu">
                <ul className="grid grid-cols-2 gap-2 text-base">
                  {sections.map((s) => (
                    <li key={s.slug}>
                      <Link href={sectionPath(s)} className="block py-1 hover:underline">
                        {s.name}
                      </Link>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </details>
        </>
      ) : null}
    </header>
  );
}
