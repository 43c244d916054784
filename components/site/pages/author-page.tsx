// Author page (/authors/{slug}, /ru/authors/{slug}): photo, bio and their stories in the edition.
import type { Metadata } from "next";
import Image from "next/image";
import { notFound } from "next/navigation";
import { getAuthorArticles, getAuthorBySlug } from "@/lib/data/lists";
import { resolveListPage } from "@/lib/list-page";
import { siteConfig } from "@/lib/site";
import { JsonLd, profilePageJsonLd } from "@/lib/json-ld";
import { authorPath, feedAlternates } from "@/lib/urls";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";
import { ArticleCard } from "@/components/site/article-card";
import { Pagination, pageHref } from "@/components/site/pagination";
import { FollowControl } from "@/components/site/follow-control";
import { CardBookmark } from "@/components/site/card-bookmark";
import type { SlugPageProps } from "@/components/site/pages/tag-page";

async function load({ params, searchParams }: SlugPageProps) {
  const { entity: author, page } = await resolveListPage(params.then((p) => p.slug), searchParams, getAuthorBySlug);
  return { author, page };
}

export async function authorMetadata(props: SlugPageProps, edition: Edition): Promise<Metadata> {
  const { author, page } = await load(props);
  const t = dictionary(edition);
  return {
    title: page > 1 ? t.pageTitle(author.name, page) : author.name,
    // An empty biography is no description: fall back so the page always has one.
    description: (edition === "en" && author.bio?.trim()) || t.storiesBy(author.name),
    alternates: { canonical: pageHref(authorPath(author, edition), page), types: feedAlternates(authorPath(author, edition)) },
  };
}

export async function AuthorPage({ edition, ...props }: SlugPageProps & { edition: Edition }) {
  const { author, page } = await load(props);
  const list = await getAuthorArticles({ id: author.id, slug: author.slug }, page, edition);
  if (!list) notFound();
  const { timeZone, name: siteName, url: siteUrl } = siteConfig();
  const t = dictionary(edition);
  const path = authorPath(author, edition);
  return (
    <>
      <JsonLd data={profilePageJsonLd(author, { name: siteName, url: siteUrl }, edition)} />
      <header className="mb-6 flex items-center gap-5 border-b border-neutral-200 pb-6 dark:border-neutral-800">
        {author.avatar ? (
          <Image src={author.avatar.src} alt={author.avatar.alt} width={112} height={112} className="h-28 w-28 shrink-0 rounded-full object-cover" />
        ) : null}
        <div>
          <div className="flex flex-wrap items-center gap-4">
            <h1 className="font-serif text-4xl font-bold">{author.name}</h1>
            <FollowControl kind="author" id={author.id} name={author.name} path={path} edition={edition} />
          </div>
          {/* Biographies are written in English; marked so screen readers pronounce them right. */}
          {author.bio ? (
            <p className="mt-2 max-w-2xl text-neutral-700 dark:text-neutral-300" lang={edition === "en" ? undefined : "en"}>
              {author.bio}
            </p>
          ) : null}
        </div>
      </header>
      <h2 className="font-sans text-lg font-bold uppercase tracking-wide">{t.storiesBy(author.name)}</h2>
      {list.total === 0 ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">{t.noStoriesByAuthor}</p>
      ) : (
        <div data-testid="story-list">
          {list.items.map((a) => (
            <ArticleCard key={a.id} article={a} timeZone={timeZone} withImage action={<CardBookmark articleId={a.id} headline={a.headline} edition={edition} />} />
          ))}
        </div>
      )}
      <Pagination page={list.page} pages={list.pages} href={(p) => pageHref(path, p)} edition={edition} />
    </>
  );
}
