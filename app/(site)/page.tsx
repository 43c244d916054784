// Home: breaking banner, lead story, latest-news stream, top stories, section blocks, most read.
import { getLatestArticles } from "@/lib/data/articles";
import { getBreakingArticle, getMostRead, getSectionBlocks } from "@/lib/data/home";
import { siteConfig } from "@/lib/site";
import { JsonLd, websiteJsonLd } from "@/lib/json-ld";
import { LeadStory } from "@/components/site/lead-story";
import { BreakingBanner, LatestStream, MostRead, SectionBlock, StoryTile } from "@/components/site/home-blocks";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { timeZone, name, breakingHours, url } = siteConfig();
  const [latest, breaking, mostRead, blocks] = await Promise.all([getLatestArticles(25), getBreakingArticle(breakingHours), getMostRead(5, 2), getSectionBlocks(4)]);
  const [lead, ...rest] = latest;
  if (!lead) {
    return (
      <section className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">{name}</h1>
        <p className="mt-4 text-neutral-700 dark:text-neutral-300">No stories have been published yet.</p>
      </section>
    );
  }
  const top = rest.slice(0, 4);
  return (
    <>
      <JsonLd data={websiteJsonLd({ name, url })} />
      <h1 className="sr-only">{name}: latest news</h1>
      {breaking ? <BreakingBanner article={breaking} /> : null}
      <div className="grid gap-8 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <LeadStory article={lead} timeZone={timeZone} />
          <section aria-labelledby="top-stories" className="mt-6">
            <h2 id="top-stories" className="sr-only">
              Top stories
            </h2>
            <div className="grid gap-6 sm:grid-cols-2">
              {top.map((a) => (
                <StoryTile key={a.id} article={a} timeZone={timeZone} />
              ))}
            </div>
          </section>
        </div>
        <div className="space-y-8">
          <LatestStream articles={rest.slice(4, 20)} timeZone={timeZone} />
          <MostRead articles={mostRead} />
        </div>
      </div>
      <div className="mt-12 grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
        {blocks.map((b) => (
          <SectionBlock key={b.slug} name={b.name} slug={b.slug} articles={b.articles} timeZone={timeZone} />
        ))}
      </div>
    </>
  );
}
