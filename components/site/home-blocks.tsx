// Home page building blocks: breaking banner, latest-news stream, story tiles, most read.
import Image from "next/image";
import Link from "next/link";
import type { ArticleCard } from "@/lib/data/articles";
import { articlePath, sectionPath } from "@/lib/urls";
import { Timestamp } from "@/components/site/timestamp";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";

export function BreakingBanner({ article, edition = "en" }: { article: { id: number; slug: string; language: string; headline: string }; edition?: Edition }) {
  const t = dictionary(edition);
  return (
    <aside aria-label={t.breakingNews} className="mb-6 flex flex-wrap items-center gap-3 rounded bg-red-800 px-4 py-3 text-white">
      <span className="rounded bg-white px-2 py-0.5 text-xs font-bold uppercase tracking-wider text-red-800">{t.breaking}</span>
      <Link prefetch={false} href={articlePath(article)} className="font-semibold hover:underline">
        {article.headline}
      </Link>
    </aside>
  );
}

export function LatestStream({ articles, timeZone, edition = "en" }: { articles: ArticleCard[]; timeZone: string; edition?: Edition }) {
  return (
    <section aria-labelledby="latest-news">
      <h2 id="latest-news" className="border-b-2 border-neutral-900 pb-1 text-sm font-bold uppercase tracking-wide dark:border-neutral-100">
        {dictionary(edition).latestNews}
      </h2>
      <ol data-testid="latest-list">
        {articles.map((a) => (
          <li key={a.id} className="flex gap-3 border-b border-neutral-200 py-2 dark:border-neutral-800">
            <Timestamp date={a.publishedAt} timeZone={timeZone} edition={a.language} short className="w-20 shrink-0 pt-0.5 text-xs font-semibold text-red-800 dark:text-red-300" />
            <article>
              <h3 className="text-sm font-semibold leading-snug">
                <Link prefetch={false} href={articlePath(a)} className="hover:underline">
                  {a.headline}
                </Link>
              </h3>
            </article>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function StoryTile({ article, timeZone }: { article: ArticleCard; timeZone: string }) {
  return (
    <article className="flex flex-col">
      {article.image ? (
        <Image
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          sizes="(min-width: 1024px) 270px, (min-width: 640px) 45vw, 100vw"
          className="aspect-video h-auto w-full rounded bg-neutral-100 object-cover dark:bg-neutral-800"
        />
      ) : null}
      <p className="mt-2 text-xs font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">{article.section.name}</p>
      <h3 className="font-serif text-lg font-semibold leading-snug">
        <Link prefetch={false} href={articlePath(article)} className="hover:underline">
          {article.headline}
        </Link>
      </h3>
      <Timestamp date={article.publishedAt} timeZone={timeZone} edition={article.language} short className="mt-1 text-xs text-neutral-600 dark:text-neutral-400" />
    </article>
  );
}

export function MostRead({ articles, edition = "en" }: { articles: ArticleCard[]; edition?: Edition }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby="most-read">
      <h2 id="most-read" className="border-b-2 border-neutral-900 pb-1 text-sm font-bold uppercase tracking-wide dark:border-neutral-100">
        {dictionary(edition).mostRead}
      </h2>
      <ol data-testid="most-read" className="mt-2 space-y-3">
        {articles.map((a, i) => (
          <li key={a.id} className="flex gap-3">
            <span aria-hidden="true" className="font-serif text-3xl font-bold leading-none text-neutral-400 dark:text-neutral-500">
              {i + 1}
            </span>
            <Link prefetch={false} href={articlePath(a)} className="font-semibold leading-snug hover:underline">
              {a.headline}
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function SectionBlock({ name, slug, articles, timeZone, edition = "en" }: { name: string; slug: string; articles: ArticleCard[]; timeZone: string; edition?: Edition }) {
  const [first, ...rest] = articles;
  if (!first) return null;
  return (
    <section aria-labelledby={`block-${slug}`} data-testid="section-block">
      <h2 id={`block-${slug}`} className="border-b-2 border-neutral-900 pb-1 text-sm font-bold uppercase tracking-wide dark:border-neutral-100">
        <Link prefetch={false} href={sectionPath({ slug }, edition)} className="hover:underline">
          {name}
        </Link>
      </h2>
      <div className="mt-3">
        <StoryTile article={first} timeZone={timeZone} />
      </div>
      <ul className="mt-2">
        {rest.map((a) => (
          <li key={a.id} className="border-t border-neutral-200 py-2 text-sm font-semibold leading-snug dark:border-neutral-800">
            <Link prefetch={false} href={articlePath(a)} className="hover:underline">
              {a.headline}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
