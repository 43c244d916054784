// The top of an article: section kicker, headline, standfirst, byline, dateline, lead image.
import Image from "next/image";
import Link from "next/link";
import type { PublishedArticle } from "@/lib/data/articles";
import { readingMinutes } from "@/lib/rich-text";
import { authorPath, sectionPath } from "@/lib/urls";
import { Timestamp } from "@/components/site/timestamp";
import { dictionary } from "@/lib/i18n/dictionary";

export function ArticleHeader({ article, timeZone }: { article: PublishedArticle; timeZone: string }) {
  // Small fixes right after publishing do not earn an "Updated" line.
  const edited = article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000;
  const edition = article.language;
  const t = dictionary(edition);
  return (
    <>
      <p className="text-sm font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">
        <Link prefetch={false} href={sectionPath(article.section, edition)}>{article.section.name}</Link>
      </p>
      <h1 className="mt-2 font-serif text-4xl font-bold leading-tight md:text-5xl">{article.headline}</h1>
      {article.standfirst ? <p className="mt-4 text-xl text-neutral-700 dark:text-neutral-300">{article.standfirst}</p> : null}
      <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-600 dark:text-neutral-400">
        {article.authors.length ? (
          <p>
            {t.by}{" "}
            {article.authors.map((a, i) => (
              <span key={a.slug}>
                {i > 0 ? (i === article.authors.length - 1 ? t.and : ", ") : null}
                <Link prefetch={false} href={authorPath(a, edition)} className="font-semibold text-neutral-900 hover:underline dark:text-neutral-100">
                  {a.name}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        <Timestamp date={article.publishedAt} timeZone={timeZone} edition={edition} />
        {edited ? (
          <span>
            {t.updated} <Timestamp date={article.updatedAt} timeZone={timeZone} edition={edition} />
          </span>
        ) : null}
        <span>{t.minRead(readingMinutes(article.wordCount))}</span>
      </div>
      {article.image ? (
        <figure className="mt-6">
          <Image
            src={article.image.src}
            alt={article.image.alt}
            width={article.image.width}
            height={article.image.height}
            // The largest paint on a phone: preloaded at high priority (Next 16's `preload`; `priority`
            // is deprecated and no longer raises the fetch priority), and sized to the column: the
            // viewport less main's padding (px-4, about 92vw on a phone; a calc() here would make
            // next/image list every width), up to max-w-3xl.
            preload
            fetchPriority="high"
            sizes="(min-width: 800px) 768px, 92vw"
            className="h-auto w-full rounded bg-neutral-100 dark:bg-neutral-800"
          />
          {article.image.caption || article.image.credit ? (
            <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
              {article.image.caption} {article.image.credit ? <span className="text-neutral-500 dark:text-neutral-400">{article.image.credit}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
    </>
  );
}
