// Section front (/{section}, /ru/{section}): lead story and a paginated list of the edition's
// stories, with the section's busiest topics. Sections are shared; the name is the edition's.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getSectionArticles, getSectionBySlug, getSectionTopTags } from "@/lib/data/lists";
import { resolveListPage } from "@/lib/list-page";
import { siteConfig } from "@/lib/site";
import { JsonLd, collectionPageJsonLd } from "@/lib/json-ld";
import { OG_IMAGE_SIZE, sectionOgImagePath, sectionPath, feedAlternates } from "@/lib/urls";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";
import { editionAlternates, ogLocale } from "@/lib/i18n/metadata";
import { sectionName } from "@/lib/i18n/sections";
import { StoryList } from "@/components/site/story-list";
import { pageHref } from "@/components/site/pagination";
import { TagPills } from "@/components/site/tag-pills";
import { FollowControl } from "@/components/site/follow-control";

export type SectionPageProps = { params: Promise<{ section: string }>; searchParams: Promise<{ page?: string | string[] }> };

async function load({ params, searchParams }: SectionPageProps) {
  const { entity: section, page } = await resolveListPage(params.then((p) => p.section), searchParams, getSectionBySlug);
  return { section, page };
}

export async function sectionMetadata(props: SectionPageProps, edition: Edition): Promise<Metadata> {
  const { section, page } = await load(props);
  const t = dictionary(edition);
  const name = sectionName(section, edition);
  const title = page > 1 ? t.pageTitle(name, page) : name;
  // The stored description is English; the Russian edition uses its own line.
  const description = (edition === "en" ? section.description : null) ?? t.sectionNews(name);
  const path = sectionPath(section, edition);
  const canonical = pageHref(path, page);
  const image = { url: sectionOgImagePath(section), ...OG_IMAGE_SIZE, alt: name };
  // Page 1 exists in every edition (sections are shared); later pages differ per edition.
  const alternates = page === 1 ? editionAlternates(edition, sectionPath(section)) : { canonical };
  return {
    title,
    description,
    alternates: { ...alternates, types: feedAlternates(path) },
    openGraph: { type: "website", siteName: siteConfig().name, locale: ogLocale(edition), url: canonical, title, description, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image.url] },
  };
}

export async function SectionPage({ edition, ...props }: SectionPageProps & { edition: Edition }) {
  const { section, page } = await load(props);
  const [list, tags] = await Promise.all([getSectionArticles({ id: section.id, slug: section.slug }, page, edition), getSectionTopTags({ id: section.id, slug: section.slug }, 8, edition)]);
  if (!list) notFound();
  const { timeZone, name: siteName, url: siteUrl } = siteConfig();
  const t = dictionary(edition);
  const name = sectionName(section, edition);
  const description = edition === "en" ? section.description : null;
  const path = sectionPath(section, edition);
  return (
    <>
      <JsonLd data={collectionPageJsonLd({ name, path: pageHref(path, page), description }, list.items, { name: siteName, url: siteUrl }, edition)} />
      <header className="mb-6">
        <div className="flex flex-wrap items-center gap-4">
          <h1 className="font-serif text-4xl font-bold">{name}</h1>
          <FollowControl kind="section" id={section.id} name={name} path={path} edition={edition} />
        </div>
        {description ? <p className="mt-2 text-neutral-700 dark:text-neutral-300">{description}</p> : null}
        <TagPills tags={tags} label={t.sectionTopics(name)} className="mt-3" edition={edition} />
      </header>
      {list.total === 0 ? (
        <p className="py-10 text-neutral-700 dark:text-neutral-300">{t.noStoriesInSection(name)}</p>
      ) : (
        <StoryList items={list.items} page={list.page} pages={list.pages} timeZone={timeZone} href={(p) => pageHref(path, p)} edition={edition} />
      )}
    </>
  );
}
