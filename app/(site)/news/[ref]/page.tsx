// Article page at /news/{id}-{slug}. A wrong or old slug with the right id answers 301.
import type { Metadata } from "next";
import Image from "next/image";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedArticle } from "@/lib/data/articles";
import { getAdjacentInSection, getRelatedArticles } from "@/lib/data/lists";
import { siteConfig } from "@/lib/site";
import { articlePath, authorPath, parseArticleRef, sectionPath, tagPath } from "@/lib/urls";
import { readingMinutes } from "@/lib/rich-text";
import { ArticleBody } from "@/components/site/article-body";
import { Timestamp } from "@/components/site/timestamp";
import { ShareBar } from "@/components/site/share-bar";
import { ViewBeacon } from "@/components/site/view-beacon";
import { StoryTile } from "@/components/site/home-blocks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ ref: string }> };

async function load(params: Props["params"]) {
  const ref = parseArticleRef(decodeURIComponent((await params).ref));
  if (!ref) notFound();
  const article = await getPublishedArticle(ref.id);
  if (!article) notFound();
  return { article, requestedSlug: ref.slug };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { article } = await load(params);
  return { title: article.headline, description: article.standfirst, alternates: { canonical: articlePath(article) } };
}

export default async function ArticlePage({ params }: Props) {
  const { article, requestedSlug } = await load(params);
  if (requestedSlug !== article.slug) permanentRedirect(articlePath(article));
  const { timeZone, url: siteUrl } = siteConfig();
  const ref = { id: article.id, publishedAt: article.publishedAt, sectionSlug: article.section.slug, tagSlugs: article.tags.map((t) => t.slug) };
  const [related, adjacent] = await Promise.all([getRelatedArticles(ref), getAdjacentInSection(ref)]);
  const edited = article.updatedAt.getTime() - article.publishedAt.getTime() > 60_000;
  return (
    <>
      <article className="mx-auto max-w-3xl">
        <p className="text-sm font-semibold uppercase tracking-wide text-red-700 dark:text-red-400">
          <Link href={sectionPath(article.section)}>{article.section.name}</Link>
        </p>
        <h1 className="mt-2 font-serif text-4xl font-bold leading-tight md:text-5xl">{article.headline}</h1>
        {article.standfirst ? <p className="mt-4 text-xl text-neutral-700 dark:text-neutral-300">{article.standfirst}</p> : null}
        <div className="mt-4 flex flex-wrap gap-x-4 gap-y-1 text-sm text-neutral-600 dark:text-neutral-400">
          {article.authors.length ? (
            <p>
              By{" "}
              {article.authors.map((a, i) => (
                <span key={a.slug}>
                  {i > 0 ? (i === article.authors.length - 1 ? " and " : ", ") : null}
                  <Link href={authorPath(a)} className="font-semibold text-neutral-900 hover:underline dark:text-neutral-100">
                    {a.name}
                  </Link>
                </span>
              ))}
            </p>
          ) : null}
          <Timestamp date={article.publishedAt} timeZone={timeZone} />
          {edited ? (
            <span>
              Updated <Timestamp date={article.updatedAt} timeZone={timeZone} />
            </span>
          ) : null}
          <span>{readingMinutes(article.wordCount)} min read</span>
        </div>
        {article.image ? (
          <figure className="mt-6">
            <Image
              src={article.image.src}
              alt={article.image.alt}
              width={article.image.width}
              height={article.image.height}
              priority
              sizes="(min-width: 768px) 768px, 100vw"
              className="h-auto w-full rounded"
            />
            {article.image.caption || article.image.credit ? (
              <figcaption className="mt-2 text-sm text-neutral-600 dark:text-neutral-400">
                {article.image.caption} {article.image.credit ? <span className="text-neutral-500">{article.image.credit}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <div className="mt-6 border-y border-neutral-200 py-3 dark:border-neutral-800">
          <ShareBar url={new URL(articlePath(article), siteUrl).toString()} title={article.headline} />
        </div>
        <div className="mt-8">
          <ArticleBody doc={article.body} />
        </div>
        {article.tags.length ? (
          <nav aria-label="Tags" className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800">
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((t) => (
                <li key={t.slug}>
                  <Link href={tagPath(t)} className="rounded-full border border-neutral-300 px-3 py-1 text-sm hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
                    {t.name}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : null}
        {adjacent.previous || adjacent.next ? (
          <nav aria-label={`More in ${article.section.name}`} className="mt-10 grid gap-4 border-t border-neutral-200 pt-4 sm:grid-cols-2 dark:border-neutral-800">
            {adjacent.previous ? (
              <Link href={articlePath(adjacent.previous)} rel="prev" className="group">
                <span className="block text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">← Previous in {article.section.name}</span>
                <span className="font-semibold group-hover:underline">{adjacent.previous.headline}</span>
              </Link>
            ) : (
              <span />
            )}
            {adjacent.next ? (
              <Link href={articlePath(adjacent.next)} rel="next" className="group sm:text-right">
                <span className="block text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Next in {article.section.name} →</span>
                <span className="font-semibold group-hover:underline">{adjacent.next.headline}</span>
              </Link>
            ) : null}
          </nav>
        ) : null}
        <ViewBeacon articleId={article.id} />
      </article>
      {related.length ? (
        <section aria-labelledby="related" className="mx-auto mt-12 max-w-6xl border-t-2 border-neutral-900 pt-4 dark:border-neutral-100">
          <h2 id="related" className="text-sm font-bold uppercase tracking-wide">
            Related stories
          </h2>
          <div className="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {related.map((a) => (
              <StoryTile key={a.id} article={a} timeZone={timeZone} />
            ))}
          </div>
        </section>
      ) : null}
    </>
  );
}
