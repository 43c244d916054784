// The biggest story on a page: image beside headline and standfirst.
import Image from "next/image";
import Link from "next/link";
import type { ArticleCard } from "@/lib/data/articles";
import { articlePath } from "@/lib/urls";
import { Timestamp } from "@/components/site/timestamp";
import { dictionary } from "@/lib/i18n/dictionary";

export function LeadStory({ article, timeZone, headingLevel = 2 }: { article: ArticleCard; timeZone: string; headingLevel?: 2 | 3 }) {
  const Heading = `h${headingLevel}` as "h2" | "h3";
  return (
    <section aria-label={dictionary(article.language).leadStory} className="grid gap-6 border-b border-neutral-200 pb-8 md:grid-cols-5 dark:border-neutral-800">
      {article.image ? (
        <Image
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          preload
          fetchPriority="high"
          sizes="(min-width: 1200px) 700px, (min-width: 768px) 60vw, 92vw"
          className="h-auto w-full rounded bg-neutral-100 md:col-span-3 dark:bg-neutral-800"
        />
      ) : null}
      <div className="md:col-span-2">
        <p className="text-xs font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">{article.section.name}</p>
        <Heading className="mt-1 font-serif text-3xl font-bold leading-tight md:text-4xl">
          <Link prefetch={false} href={articlePath(article)} className="hover:underline">
            {article.headline}
          </Link>
        </Heading>
        {article.standfirst ? <p className="mt-3 text-lg text-neutral-700 dark:text-neutral-300">{article.standfirst}</p> : null}
        <Timestamp date={article.publishedAt} timeZone={timeZone} edition={article.language} className="mt-3 block text-sm text-neutral-600 dark:text-neutral-400" />
      </div>
    </section>
  );
}
