// A story in a list: section kicker, headline link, standfirst, time; `action` (a save button on
// reader lists) sits under the time. On a phone the picture is 96 px wide, not 160, so the
// headline keeps most of the width. `edition`: the page's edition, on lists that mix editions
// (Saved, My feed); a story in the other language is marked with its own `lang`.
import Image from "next/image";
import Link from "next/link";
import type { ArticleCard as Card } from "@/lib/data/articles";
import { articlePath } from "@/lib/urls";
import { Timestamp } from "@/components/site/timestamp";
import { EDITION_META, type Edition } from "@/lib/i18n/editions";

export function ArticleCard({ article, timeZone, withImage = false, action, edition }: { article: Card; timeZone: string; withImage?: boolean; action?: React.ReactNode; edition?: Edition }) {
  const lang = edition && article.language !== edition ? EDITION_META[article.language].htmlLang : undefined;
  return (
    <article lang={lang} className="flex gap-4 border-b border-neutral-200 py-4 dark:border-neutral-800">
      {withImage && article.image ? (
        <Image
          src={article.image.src}
          alt={article.image.alt}
          width={article.image.width}
          height={article.image.height}
          sizes="(min-width: 640px) 160px, 96px"
          className="h-16 w-24 shrink-0 rounded bg-neutral-100 object-cover sm:h-24 sm:w-40 dark:bg-neutral-800"
        />
      ) : null}
      <div>
        <p className="text-xs font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">{article.section.name}</p>
        <h3 className="font-serif text-lg font-semibold leading-snug sm:text-xl">
          <Link prefetch={false} href={articlePath(article)} className="hover:underline">
            {article.headline}
          </Link>
        </h3>
        {/* On a phone the list reads as headlines: three lines of standfirst at most. */}
        {article.standfirst ? <p className="mt-1 line-clamp-3 text-neutral-700 sm:line-clamp-none dark:text-neutral-300">{article.standfirst}</p> : null}
        <Timestamp date={article.publishedAt} timeZone={timeZone} edition={article.language} short className="mt-1 block text-sm text-neutral-500 dark:text-neutral-400" />
        {action ? (
          <div lang={lang && edition ? EDITION_META[edition].htmlLang : undefined} className="mt-2 empty:hidden">
            {action}
          </div>
        ) : null}
      </div>
    </article>
  );
}
