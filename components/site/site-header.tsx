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
import { LanguageSwitch } from "@/components/site/language-switch";
import { dictionary, type Dictionary } from "@/lib/i18n/dictionary";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { homePath, searchPath } from "@/lib/urls";

function SearchForm({ id, t, action }: { id: string; t: Dictionary; action: string }) {
  return (
    <form action={action} method="get" role="search" className="flex">
      <label htmlFor={id} className="sr-only">
        {t.searchStories}
      </label>
      <input id={id} type="search" name="q" maxLength={200} placeholder={t.searchPlaceholder} className="w-40 rounded-l border border-neutral-300 bg-white px-2 py-1 text-sm md:w-56 dark:border-neutral-700 dark:bg-neutral-900" />
      <button type="submit" className="rounded-r bg-neutral-900 px-3 py-1 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        {t.go}
      </button>
    </form>
  );
}

// The account pages exist in every edition (/saved, /ru/saved …), so they are <Link>s; the
// newsroom is English-only, so from another edition it is a plain <a> (a full load, so the layouts
// switch language with the page).
const NEWSROOM = "/newsroom";

function NewsroomLink({ edition, className, children }: { edition: Edition; className?: string; children: React.ReactNode }) {
  return edition === "en" ? (
    <Link prefetch={false} href={NEWSROOM} className={className}>
      {children}
    </Link>
  ) : (
    <a href={NEWSROOM} className={className}>
      {children}
    </a>
  );
}

export async function SiteHeader({ siteName, edition = "en" }: { siteName: string; edition?: Edition }) {
  const [sections, user] = await Promise.all([getSectionsForChrome(), getCurrentUser().catch(() => null)]);
  const t = dictionary(edition);
  const search = searchPath(edition);
  return (
    <header className="border-b border-neutral-200 dark:border-neutral-800">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-white focus:p-2 focus:text-black">
        {t.skipToContent}
      </a>
      <div className="mx-auto flex max-w-6xl items-center justify-end px-4 pt-2">
        <LanguageSwitch edition={edition} label={t.language} />
      </div>
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3 px-4 pb-3 pt-1">
        <Link prefetch={false} href={homePath(edition)} className="font-serif text-3xl font-bold tracking-tight">
          {siteName}
        </Link>
        <div className="flex items-center gap-2">
          <div className="hidden sm:block">
            <SearchForm id="header-search" t={t} action={search} />
          </div>
          <ThemeToggle label={t.darkMode} title={t.themeTitle} />
          {user ? (
            <nav aria-label={t.yourAccount} className="flex items-center gap-3 text-sm">
              {canAccessNewsroom(user) ? (
                <NewsroomLink edition={edition} className="font-semibold hover:underline">
                  {t.newsroom}
                </NewsroomLink>
              ) : null}
              <Link prefetch={false} href={inEditionPath(edition, "/saved")} className="font-semibold hover:underline">
                {t.saved}
              </Link>
              <Link prefetch={false} href={inEditionPath(edition, "/my-feed")} className="hidden font-semibold hover:underline sm:inline">
                {t.myFeed}
              </Link>
              <Link prefetch={false} href={inEditionPath(edition, "/account")} className="hidden font-semibold hover:underline md:inline" data-testid="account-link">
                <span className="sr-only">{t.accountPrefix}</span>
                {user.name}
              </Link>
              <SignOutButton className="rounded border border-neutral-300 px-2 py-1 dark:border-neutral-700" label={t.signOut} home={homePath(edition)} />
            </nav>
          ) : (
            <SignInLink className="rounded border border-neutral-300 px-2 py-1 text-sm font-semibold dark:border-neutral-700" label={t.signIn} edition={edition} />
          )}
        </div>
      </div>
      {sections.length > 0 ? (
        <>
          <nav aria-label={t.sections} className="hidden border-t border-neutral-200 md:block dark:border-neutral-800">
            <ul className="mx-auto flex max-w-6xl gap-5 px-4 py-2 text-sm font-medium">
              {sections.map((s) => (
                <li key={s.slug}>
                  <Link prefetch={false} href={sectionPath(s, edition)} className="hover:underline">
                    {sectionName(s, edition)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <details className="border-t border-neutral-200 md:hidden dark:border-neutral-800">
            <summary className="cursor-pointer px-4 py-2 text-sm font-semibold">{t.menu}</summary>
            <div className="px-4 pb-4">
              <div className="mb-3 sm:hidden">
                <SearchForm id="menu-search" t={t} action={search} />
              </div>
              {user ? (
                <p className="mb-3 flex gap-4 text-base font-semibold md:hidden">
                  <Link prefetch={false} href={inEditionPath(edition, "/my-feed")} className="hover:underline">
                    {t.myFeed}
                  </Link>
                  <Link prefetch={false} href={inEditionPath(edition, "/account")} className="hover:underline">
                    {t.yourAccount}
                  </Link>
                </p>
              ) : null}
              <nav aria-label={t.sectionsMenu}>
                <ul className="grid grid-cols-2 gap-2 text-base">
                  {sections.map((s) => (
                    <li key={s.slug}>
                      <Link prefetch={false} href={sectionPath(s, edition)} className="block py-1 hover:underline">
                        {sectionName(s, edition)}
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
