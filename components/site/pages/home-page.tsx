// Home (/ and /ru): breaking banner, lead story, latest-news stream, top stories, section blocks,
// most read — each edition showing only its own stories.
import type { Metadata } from "next";
import { getLatestArticles } from "@/lib/data/articles";
import { getBreakingArticle, getMostRead, getSectionBlocks } from "@/lib/data/home";
import { siteConfig } from "@/lib/site";
import { JsonLd, websiteJsonLd } from "@/lib/json-ld";
import { dictionary } from "@/lib/i18n/dictionary";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { editionAlternates, ogLocale, siteFeedTypes } from "@/lib/i18n/metadata";
import { LeadStory } from "@/components/site/lead-story";
import { BreakingBanner, LatestStream, MostRead, SectionBlock, StoryTile } from "@/components/site/home-blocks";

export function homeMetadata(edition: Edition): Metadata {
  const { name } = siteConfig();
  const t = dictionary(edition);
  return {
    title: { absolute: t.siteTagline(name) },
    description: t.siteDescription(name),
    // Page alternates replace the root layout's, so the feed links are repeated here.
    alternates: { ...editionAlternates(edition, "/"), types: siteFeedTypes(edition, name) },
    openGraph: { type: "website", siteName: name, locale: ogLocale(edition), url: inEditionPath(edition, "/"), title: t.siteTagline(name), description: t.siteDescription(name) },
  };
}

export async function HomePage({ edition }: { edition: Edition }) {
  const { timeZone, name, breakingHours, url } = siteConfig();
  const t = dictionary(edition);
  const [latest, breaking, mostRead, blocks] = await Promise.all([getLatestArticles(25, edition), getBreakingArticle(breakingHours, edition), getMostRead(5, 2, edition), getSectionBlocks(4, edition)]);
  const [lead, ...rest] = latest;
  if (!lead) {
    return (
      <section className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">{name}</h1>
        <p className="mt-4 text-neutral-700 dark:text-neutral-300">{t.noStoriesYet}</p>
      </section>
    );
  }
  const top = rest.slice(0, 4);
  return (
    <>
      <JsonLd data={websiteJsonLd({ name, url }, edition)} />
      <h1 className="sr-only">{t.latestNewsTitle(name)}</h1>
      {breaking ? <BreakingBanner article={breaking} edition={edition} /> : null}
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <LeadStory article={lead} timeZone={timeZone} />
          <section aria-labelledby="top-stories" className="mt-6">
            <h2 id="top-stories" className="sr-only">
              {t.topStories}
            </h2>
            <div className="grid gap-6 sm:grid-cols-2">
              {top.map((a) => (
                <StoryTile key={a.id} article={a} timeZone={timeZone} />
              ))}
            </div>
          </section>
        </div>
        <div className="space-y-8">
          <LatestStream articles={rest.slice(4, 20)} timeZone={timeZone} edition={edition} />
          <MostRead articles={mostRead} edition={edition} />
        </div>
      </div>
      <div className="mt-12 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {blocks.map((b) => (
          <SectionBlock key={b.slug} name={b.name} slug={b.slug} articles={b.articles} timeZone={timeZone} edition={edition} />
        ))}
      </div>
    </>
  );
}
