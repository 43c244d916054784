// The newsroom frame: who is signed in, the newsroom's navigation, sign out. Never indexed.
import type { Metadata } from "next";
import Link from "next/link";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { siteConfig } from "@/lib/site";
import { canManageSections, canManageTags, canManageUsers, canRestoreArticle, canViewAuditLog } from "@/lib/permissions";
import { SignOutButton } from "@/components/auth/sign-out-button";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: { default: "Newsroom", template: "%s | Newsroom" }, robots: { index: false, follow: false } };

export default async function NewsroomLayout({ children }: { children: React.ReactNode }) {
  const user = await requireNewsroomUser("/newsroom");
  const { name } = siteConfig();
  return (
    <>
      <header className="border-b border-neutral-200 bg-neutral-50 dark:border-neutral-800 dark:bg-neutral-900">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <div className="flex items-center gap-4">
            <Link href="/newsroom" className="font-serif text-2xl font-bold">
              {name} <span className="font-sans text-sm font-semibold uppercase tracking-wide text-red-800 dark:text-red-300">Newsroom</span>
            </Link>
            <nav aria-label="Newsroom">
              <ul className="flex flex-wrap gap-4 text-sm font-medium">
                <li>
                  <Link href="/newsroom" className="hover:underline">
                    Articles
                  </Link>
                </li>
                {canManageTags(user) ? (
                  <li>
                    <Link href="/newsroom/tags" className="hover:underline">
                      Tags
                    </Link>
                  </li>
                ) : null}
                {canManageSections(user) ? (
                  <li>
                    <Link href="/newsroom/sections" className="hover:underline">
                      Sections
                    </Link>
                  </li>
                ) : null}
                {canManageUsers(user) ? (
                  <li>
                    <Link href="/newsroom/users" className="hover:underline">
                      Users
                    </Link>
                  </li>
                ) : null}
                {canViewAuditLog(user) ? (
                  <li>
                    <Link href="/newsroom/audit" className="hover:underline">
                      Audit log
                    </Link>
                  </li>
                ) : null}
                {canRestoreArticle(user) ? (
                  <li>
                    <Link href="/newsroom/deleted" className="hover:underline">
                      Deleted
                    </Link>
                  </li>
                ) : null}
                <li>
                  <Link href="/newsroom/media" className="hover:underline">
                    Media
                  </Link>
                </li>
                <li>
                  <Link href="/" className="hover:underline">
                    View site
                  </Link>
                </li>
              </ul>
            </nav>
          </div>
          <div className="flex items-center gap-3 text-sm">
            <span>
              {user.name} <span className="rounded bg-neutral-200 px-1.5 py-0.5 text-xs font-semibold dark:bg-neutral-700">{user.role}</span>
            </span>
            <SignOutButton className="rounded border border-neutral-300 px-2 py-1 dark:border-neutral-600" />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
