// Section front: /{section}, lead story and a paginated list, with the section's busiest tags.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSectionArticles, getSectionBySlug, getSectionTopTags } from "@/lib/data/lists";
import { resolveListPage } from "@/lib/list-page";
import { siteConfig } from "@/lib/site";
import { JsonLd, collectionPageJsonLd } from "@/lib/json-ld";
import { OG_IMAGE_SIZE, sectionOgImagePath, sectionPath, feedAlternates } from "@/lib/urls";
import { StoryList } from "@/components/site/story-list";
import { pageHref } from "@/components/site/pagination";
import { TagPills } from "@/components/site/tag-pills";
import { FollowControl } from "@/components/site/follow-control";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ section: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load({ params, searchParams }: Props) {
  const { entity: section, page } = await resolveListPage(params.then((p) => p.section), searchParams, getSectionBySlug);
  return { section, page };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { section, page } = await load(props);
  const title = page > 1 ? `${section.name}: page ${page}` : section.name;
  const description = section.description ?? `The latest ${section.name} news.`;
  const canonical = pageHref(sectionPath(section), page);
  const image = { url: sectionOgImagePath(section), ...OG_IMAGE_SIZE, alt: section.name };
  return {
    title,
    description,
    alternates: { canonical, types: feedAlternates(sectionPath(section)) },
    openGraph: { type: "website", siteName: siteConfig().name, url: canonical, title, description, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

export default async function SectionPage(props: Props) {
  const { section, page } = await load(props);
  const [list, tags] = await Promise.all([getSectionArticles({ id: section.id, slug: section.slug }, page), getSectionTopTags({ id: section.id, slug: section.slug })]);
  if (!list) notFound();
  const { timeZone, name: siteName, url: siteUrl } = siteConfig();
  return (
    <>
      <JsonLd data={collectionPageJsonLd({ name: section.name, path: pageHref(sectionPath(section), page), description: section.description }, list.items, { name: siteName, url: siteUrl })} />
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-4">
          <h1 className="font-serif text-4xl font-bold">{section.name}</h1>
          <FollowControl kind="section" id={section.id} name={section.name} path={sectionPath(section)} />
        </div>
        {section.description ? <p className="mt-2 text-neutral-700 dark:text-neutral-300">{section.description}</p> : null}
        <TagPills tags={tags} label={`${section.name} topics`} className="mt-3" />
      </header>
      {list.total === 0 ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">No stories in {section.name} yet.</p>
      ) : (
        <StoryList items={list.items} page={list.page} pages={list.pages} timeZone={timeZone} href={(p) => pageHref(sectionPath(section), p)} />
      )}
    </>
  );
}
