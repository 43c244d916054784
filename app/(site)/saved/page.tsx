// Saved stories: the reader's bookmarks, most recently saved first, live articles only.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/reader-page";
import { getSavedArticles } from "@/lib/data/bookmarks";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";
import { ArticleCard } from "@/components/site/article-card";
import { BookmarkButton } from "@/components/site/bookmark-button";
import { Pagination, pageHref } from "@/components/site/pagination";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Saved stories", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function SavedPage({ searchParams }: Props) {
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const user = await requireSignedIn(pageHref("/saved", page));
  const list = await getSavedArticles(user.id, page);
  if (!list) notFound();
  const { timeZone } = siteConfig();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">Saved stories</h1>
      <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
        {list.total} {list.total === 1 ? "story" : "stories"}
      </p>
      {list.total === 0 ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">
          Nothing saved yet. Press <strong>Save</strong> on any story to keep it here. <Link href="/" className="underline">Browse the latest news</Link>.
        </p>
      ) : (
        <div data-testid="saved-list" className="mt-4">
          {list.items.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} withImage action={<BookmarkButton articleId={a.id} saved headline={a.headline} />} />
          ))}
        </div>
      )}
      <Pagination page={list.page} pages={list.pages} href={(p) => pageHref("/saved", p)} />
    </>
  );
}
