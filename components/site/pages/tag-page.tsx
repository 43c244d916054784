// Tag page (/tags/{slug}, /ru/tags/{slug}): the edition's live stories with the tag, newest first.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTagArticles, getTagBySlug } from "@/lib/data/lists";
import { resolveListPage } from "@/lib/list-page";
import { siteConfig } from "@/lib/site";
import { JsonLd, collectionPageJsonLd } from "@/lib/json-ld";
import { tagPath, feedAlternates } from "@/lib/urls";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";
import { StoryList } from "@/components/site/story-list";
import { pageHref } from "@/components/site/pagination";
import { FollowControl } from "@/components/site/follow-control";

export type SlugPageProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load({ params, searchParams }: SlugPageProps) {
  const { entity: tag, page } = await resolveListPage(params.then((p) => p.slug), searchParams, getTagBySlug);
  return { tag, page };
}

export async function tagMetadata(props: SlugPageProps, edition: Edition): Promise<Metadata> {
  const { tag, page } = await load(props);
  const t = dictionary(edition);
  return {
    title: page > 1 ? t.pageTitle(tag.name, page) : tag.name,
    description: t.storiesTagged(tag.name),
    alternates: { canonical: pageHref(tagPath(tag, edition), page), types: feedAlternates(tagPath(tag, edition)) },
  };
}

export async function TagPage({ edition, ...props }: SlugPageProps & { edition: Edition }) {
  const { tag, page } = await load(props);
  const list = await getTagArticles({ id: tag.id, slug: tag.slug }, page, edition);
  if (!list) notFound();
  const { timeZone, name: siteName, url: siteUrl } = siteConfig();
  const t = dictionary(edition);
  const path = tagPath(tag, edition);
  return (
    <>
      <JsonLd data={collectionPageJsonLd({ name: tag.name, path: pageHref(path, page), description: t.storiesTagged(tag.name) }, list.items, { name: siteName, url: siteUrl }, edition)} />
      <header className="mb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{t.topic}</p>
        <div className="flex flex-wrap items-center gap-4">
          <h1 className="font-serif text-4xl font-bold">{tag.name}</h1>
          <FollowControl kind="tag" id={tag.id} name={tag.name} path={path} edition={edition} />
        </div>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">{t.storyCount(list.total)}</p>
      </header>
      {list.total === 0 ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">{t.noStoriesWithTag}</p>
      ) : (
        <StoryList items={list.items} page={list.page} pages={list.pages} timeZone={timeZone} href={(p) => pageHref(path, p)} edition={edition} />
      )}
    </>
  );
}
