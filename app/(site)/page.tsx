// Home: the lead story with its image, then the latest news stream.
import Image from "next/image";
import Link from "next/link";
import { getLatestArticles } from "@/lib/data/articles";
import { siteConfig } from "@/lib/site";
import { articlePath } from "@/lib/urls";
import { ArticleCard } from "@/components/site/article-card";
import { Timestamp } from "@/components/site/timestamp";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const { timeZone, name } = siteConfig();
  const articles = await getLatestArticles(31);
  const [lead, ...rest] = articles;
  if (!lead) {
    return (
      <section className="py-16 text-center">
        <h1 className="font-serif text-3xl font-bold">{name}</h1>
        <p className="mt-4 text-neutral-600 dark:text-neutral-400">No stories have been published yet.</p>
      </section>
    );
  }
  return (
    <>
      <h1 className="sr-only">{name}: latest news</h1>
      <section aria-labelledby="lead-story" className="grid gap-6 border-b border-neutral-200 pb-8 md:grid-cols-2 dark:border-neutral-800">
        {lead.image ? (
          <Image
            src={lead.image.src}
            alt={lead.image.alt}
            width={lead.image.width}
            height={lead.image.height}
            priority
            sizes="(min-width: 768px) 50vw, 100vw"
            className="h-auto w-full rounded"
          />
        ) : null}
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">{lead.section.name}</p>
          <h2 id="lead-story" className="mt-1 font-serif text-4xl font-bold leading-tight">
            <Link href={articlePath(lead)} className="hover:underline">
              {lead.headline}
            </Link>
          </h2>
          <p className="mt-3 text-lg text-neutral-700 dark:text-neutral-300">{lead.standfirst}</p>
          <Timestamp date={lead.publishedAt} timeZone={timeZone} className="mt-3 block text-sm text-neutral-500 dark:text-neutral-400" />
        </div>
      </section>
      <section aria-labelledby="latest" className="mt-6">
        <h2 id="latest" className="font-sans text-lg font-bold uppercase tracking-wide">
          Latest news
        </h2>
        <div data-testid="latest-list">
          {rest.map((article) => (
            <ArticleCard key={article.id} article={article} timeZone={timeZone} withImage />
          ))}
        </div>
      </section>
    </>
  );
}
