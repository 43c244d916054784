// Saved stories (/saved, /ru/saved): the reader's bookmarks, most recently saved first, live
// articles only. Saved stories of either edition are listed, each with its own language and URL.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/reader-page";
import { getSavedArticles } from "@/lib/data/bookmarks";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";
import { homePath } from "@/lib/urls";
import { accountPageWords } from "@/lib/i18n/account-pages";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { ArticleCard } from "@/components/site/article-card";
import { BookmarkButton } from "@/components/site/bookmark-button";
import { bookmarkLabels } from "@/components/site/bookmark-labels";
import { Pagination, pageHref } from "@/components/site/pagination";

export type ReaderListProps = { searchParams: Promise<{ page?: string | string[] }> };

export function savedMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).savedTitle, robots: { index: false, follow: false } };
}

export async function SavedPage({ searchParams, edition }: ReaderListProps & { edition: Edition }) {
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const base = inEditionPath(edition, "/saved");
  const user = await requireSignedIn(pageHref(base, page), edition);
  const list = await getSavedArticles(user.id, page);
  if (!list) notFound();
  const { timeZone } = siteConfig();
  const w = accountPageWords(edition);
  const labels = bookmarkLabels(edition);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">{w.savedTitle}</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{w.storyCount(list.total)}</p>
      {list.total === 0 ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">
          {w.nothingSavedBefore} <strong>{w.saveWord}</strong> {w.nothingSavedAfter}{" "}
          <Link prefetch={false} href={homePath(edition)} className="underline">
            {w.browseLatest}
          </Link>
          .
        </p>
      ) : (
        <div data-testid="saved-list" className="mt-4">
          {list.items.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} withImage edition={edition} action={<BookmarkButton articleId={a.id} saved headline={a.headline} labels={labels} />} />
          ))}
        </div>
      )}
      <Pagination page={list.page} pages={list.pages} href={(p) => pageHref(base, p)} edition={edition} />
    </>
  );
}
