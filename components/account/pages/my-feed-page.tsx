// My feed (/my-feed, /ru/my-feed): the latest live stories from the sections, topics and writers
// the reader follows. Followed things link to their page in this edition.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSignedIn } from "@/lib/auth/reader-page";
import { getFollowed, getMyFeed } from "@/lib/data/follows";
import { savedArticleIds } from "@/lib/data/bookmarks";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";
import { dictionary } from "@/lib/i18n/dictionary";
import { accountPageWords } from "@/lib/i18n/account-pages";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { ArticleCard } from "@/components/site/article-card";
import { BookmarkButton } from "@/components/site/bookmark-button";
import { bookmarkLabels } from "@/components/site/bookmark-labels";
import { FollowButton } from "@/components/site/follow-button";
import { Pagination, pageHref } from "@/components/site/pagination";
import type { ReaderListProps } from "@/components/account/pages/saved-page";

export function myFeedMetadata(edition: Edition): Metadata {
  return { title: accountPageWords(edition).myFeedTitle, robots: { index: false, follow: false } };
}

export async function MyFeedPage({ searchParams, edition }: ReaderListProps & { edition: Edition }) {
  const page = parsePage((await searchParams).page);
  if (page === null) notFound();
  const base = inEditionPath(edition, "/my-feed");
  const user = await requireSignedIn(pageHref(base, page), edition);
  const [followed, list] = await Promise.all([getFollowed(user.id, edition), getMyFeed(user.id, page)]);
  if (!list) notFound();
  const saved = await savedArticleIds(user.id, list.items.map((a) => a.id));
  const { timeZone } = siteConfig();
  const w = accountPageWords(edition);
  const t = dictionary(edition);
  const followLabels = { follow: t.follow, following: t.following, couldNotReach: t.couldNotReach, couldNotFollow: t.couldNotFollow };
  const labels = bookmarkLabels(edition);
  return (
    <>
      <h1 className="font-serif text-4xl font-bold">{w.myFeedTitle}</h1>
      <section aria-labelledby="following" className="mt-4">
        <h2 id="following" className="text-sm font-bold uppercase tracking-wide">
          {w.following}
        </h2>
        {followed.length ? (
          <ul data-testid="following-list" className="mt-2 flex flex-wrap gap-3">
            {followed.map((f) => (
              <li key={`${f.kind}-${f.id}`} className="flex items-center gap-2 rounded border border-neutral-200 px-2 py-1 dark:border-neutral-800">
                <span className="text-xs uppercase text-neutral-600 dark:text-neutral-400">{w.kindLabel[f.kind]}</span>
                <Link prefetch={false} href={f.href} className="font-semibold hover:underline">
                  {f.name}
                </Link>
                <FollowButton kind={f.kind} id={f.id} name={f.name} following labels={followLabels} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">
            {w.notFollowingBefore} <strong>{w.followWord}</strong> {w.notFollowingAfter}
          </p>
        )}
      </section>
      {list.total ? (
        <div data-testid="feed-list" className="mt-6">
          {list.items.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} withImage edition={edition} action={<BookmarkButton articleId={a.id} saved={saved.has(a.id)} headline={a.headline} labels={labels} />} />
          ))}
        </div>
      ) : followed.length ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">{w.noFeedStories}</p>
      ) : null}
      <Pagination page={list.page} pages={list.pages} href={(p) => pageHref(base, p)} edition={edition} />
    </>
  );
}
