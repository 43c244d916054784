// Tag page: /tags/{slug}, every live story with the tag, newest first.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTagArticles, getTagBySlug } from "@/lib/data/lists";
import { resolveListPage } from "@/lib/list-page";
import { siteConfig } from "@/lib/site";
import { JsonLd, collectionPageJsonLd } from "@/lib/json-ld";
import { tagPath, feedAlternates } from "@/lib/urls";
import { StoryList } from "@/components/site/story-list";
import { pageHref } from "@/components/site/pagination";
import { FollowControl } from "@/components/site/follow-control";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load({ params, searchParams }: Props) {
  const { entity: tag, page } = await resolveListPage(params.then((p) => p.slug), searchParams, getTagBySlug);
  return { tag, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { tag, page } = await load(props);
  return {
    title: page > 1 ? `${tag.name}: page ${page}` : tag.name,
    description: `Stories tagged ${tag.name}.`,
    alternates: { canonical: pageHref(tagPath(tag), page), types: feedAlternates(tagPath(tag)) },
  };
}

export default async function TagPage(props: Props) {
  const { tag, page } = await load(props);
  const list = await getTagArticles({ id: tag.id, slug: tag.slug }, page);
  if (!list) notFound();
  const { timeZone, name: siteName, url: siteUrl } = siteConfig();
  return (
    <>
      <JsonLd data={collectionPageJsonLd({ name: tag.name, path: pageHref(tagPath(tag), page), description: `Stories tagged ${tag.name}.` }, list.items, { name: siteName, url: siteUrl })} />
      <header className="mb-6">
        <p className="text-sm font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Topic</p>
        <div className="flex flex-wrap items-center gap-4">
          <h1 className="font-serif text-4xl font-bold">{tag.name}</h1>
          <FollowControl kind="tag" id={tag.id} name={tag.name} path={tagPath(tag)} />
        </div>
        <p className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {list.total} {list.total === 1 ? "story" : "stories"}
        </p>
      </header>
      {list.total === 0 ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">No published stories with this tag yet.</p>
      ) : (
        <StoryList items={list.items} page={list.page} pages={list.pages} timeZone={timeZone} href={(p) => pageHref(tagPath(tag), p)} />
      )}
    </>
  );
}
