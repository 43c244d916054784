// My feed: the latest live stories from the sections, topics and writers the reader follows.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/reader-page";
import { getFollowed, getMyFeed } from "@/lib/data/follows";
import { savedArticleIds } from "@/lib/data/bookmarks";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";
import { ArticleCard } from "@/components/site/article-card";
import { BookmarkButton } from "@/components/site/bookmark-button";
import { FollowButton } from "@/components/site/follow-button";
import { Pagination, pageHref } from "@/components/site/pagination";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "My feed", robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

const KIND_LABEL = { section: "Section", tag: "Topic", author: "Writer" } as const;

export default async function MyFeedPage({ searchParams }: Props) {
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const user = await requireSignedIn(pageHref("/my-feed", page));
  const [followed, list] = await Promise.all([getFollowed(user.id), getMyFeed(user.id, page)]);
  if (!list) notFound();
  const saved = await savedArticleIds(user.id, list.items.map((a) => a.id));
  const { timeZone } = siteConfig();
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">My feed</h1>
      <section aria-labelledby="following" className="mt-4">
        <h2 id="following" className="text-sm font-bold uppercase tracking-wide">
          Following
        </h2>
        {followed.length ? (
          <ul data-testid="following-list" className="mt-2 flex flex-wrap gap-3">
            {followed.map((f) => (
              <li key={`${f.kind}-${f.id}`} className="flex items-center gap-2 rounded border border-neutral-200 px-2 py-1 dark:border-neutral-800">
                <span className="text-xs uppercase text-neutral-600 dark:text-neutral-400">{KIND_LABEL[f.kind]}</span>
                <Link href={f.href} className="font-semibold hover:underline">
                  {f.name}
                </Link>
                <FollowButton kind={f.kind} id={f.id} name={f.name} following />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            You don&apos;t follow anything yet. Press <strong>Follow</strong> on a section, topic or writer page.
          </p>
        )}
      </section>
      {list.total ? (
        <div data-testid="feed-list" className="mt-6">
          {list.items.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} withImage action={<BookmarkButton articleId={a.id} saved={saved.has(a.id)} headline={a.headline} />} />
          ))}
        </div>
      ) : followed.length ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">No stories yet from what you follow.</p>
      ) : null}
      <Pagination page={list.page} pages={list.pages} href={(p) => pageHref("/my-feed", p)} />
    </>
  );
}
