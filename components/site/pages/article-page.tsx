// Article page (/news/{id}-{slug}, /ru/news/{id}-{slug}). proxy.ts answers 301 for wrong, old or
// missing slugs and for a story asked for in the other edition before this renders; the
// permanentRedirect (308) below only covers a change between the two.
import type { Metadata } from "next";
import { cache } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { getPublishedArticle } from "@/lib/data/articles";
import { getAdjacentInSection, getRelatedArticles } from "@/lib/data/lists";
import { siteConfig } from "@/lib/site";
import { getCurrentUser } from "@/lib/auth/session";
import { OG_IMAGE_SIZE, articleOgImagePath, articlePath, authorPath, parseArticleRef } from "@/lib/urls";
import { JsonLd, articleJsonLd } from "@/lib/json-ld";
import { dictionary } from "@/lib/i18n/dictionary";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";
import { ogLocale } from "@/lib/i18n/metadata";
import { AdjacentStories } from "@/components/site/adjacent-stories";
import { ArticleBody } from "@/components/site/article-body";
import { ArticleHeader } from "@/components/site/article-header";
import { ShareBar } from "@/components/site/share-bar";
import { StoryTile } from "@/components/site/home-blocks";
import { TagPills } from "@/components/site/tag-pills";
import { ViewBeacon } from "@/components/site/view-beacon";
import { BookmarkButton } from "@/components/site/bookmark-button";
import { bookmarkLabels } from "@/components/site/bookmark-labels";
import { savedArticleIds } from "@/lib/data/bookmarks";

export type ArticlePageProps = { params: Promise<{ ref: string }> };

// generateMetadata and the page run in the same request: on a cache miss each would read the
// article from PostgreSQL, so the read is shared for the request.
const publishedArticle = cache(getPublishedArticle);

async function load(params: ArticlePageProps["params"]) {
  const ref = parseArticleRef(decodeURIComponent((await params).ref));
  if (!ref) notFound();
  const article = await publishedArticle(ref.id);
  if (!article) notFound();
  return { article, requestedSlug: ref.slug };
}

export async function articleMetadata({ params }: ArticlePageProps): Promise<Metadata> {
  const { article } = await load(params);
  // The story's own lead image when it has one, else its generated card (headline, section, brand).
  const images = [
    article.image
      ? { url: article.image.src, width: article.image.width, height: article.image.height, alt: article.image.alt }
      : { url: articleOgImagePath(article), ...OG_IMAGE_SIZE, alt: article.headline },
  ];
  return {
    title: article.headline,
    description: article.standfirst,
    alternates: { canonical: articlePath(article) },
    authors: article.authors.map((a) => ({ name: a.name, url: authorPath(a, article.language) })),
    openGraph: {
      type: "article",
      siteName: siteConfig().name,
      locale: ogLocale(article.language),
      url: articlePath(article),
      title: article.headline,
      description: article.standfirst,
      images,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.section.name,
      tags: article.tags.map((t) => t.name),
    },
    twitter: { card: "summary_large_image", title: article.headline, description: article.standfirst, images: images.map((i) => i.url) },
  };
}

export async function ArticlePage({ params, edition }: ArticlePageProps & { edition: Edition }) {
  const { article, requestedSlug } = await load(params);
  if (requestedSlug !== article.slug || article.language !== edition) permanentRedirect(articlePath(article));
  const { timeZone, url: siteUrl, name: siteName } = siteConfig();
  const t = dictionary(edition);
  const ref = { id: article.id, publishedAt: article.publishedAt, sectionSlug: article.section.slug, tagSlugs: article.tags.map((tag) => tag.slug), language: edition };
  // Signed-in readers get a save button; anonymous ones a link to sign in and come back.
  const [related, adjacent, user] = await Promise.all([
    getRelatedArticles({ id: ref.id, sectionSlug: ref.sectionSlug, tagSlugs: ref.tagSlugs, language: edition }),
    getAdjacentInSection({ id: ref.id, publishedAt: ref.publishedAt, sectionSlug: ref.sectionSlug, language: edition }),
    getCurrentUser(),
  ]);
  const saved = user ? (await savedArticleIds(user.id, [article.id])).has(article.id) : false;
  return (
    <>
      <JsonLd data={articleJsonLd(article, { name: siteName, url: siteUrl })} />
      <article className="mx-auto max-w-3xl">
        <ArticleHeader article={article} timeZone={timeZone} />
        <div className="mt-6 border-y border-neutral-200 py-3 dark:border-neutral-800">
          <ShareBar
            url={new URL(articlePath(article), siteUrl).toString()}
            title={article.headline}
            bookmarkHref={user ? null : `${inEditionPath(edition, "/signin")}?callbackUrl=${encodeURIComponent(articlePath(article))}`}
            bookmark={user ? <BookmarkButton articleId={article.id} saved={saved} labels={bookmarkLabels(edition)} /> : null}
            edition={edition}
          />
        </div>
        <div className="mt-8">
          <ArticleBody doc={article.body} edition={edition} />
        </div>
        <TagPills tags={article.tags} label={t.tags} className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800" edition={edition} />
        <AdjacentStories sectionName={article.section.name} previous={adjacent.previous} next={adjacent.next} edition={edition} />
        <ViewBeacon articleId={article.id} />
      </article>
      {related.length ? (
        <section aria-labelledby="related" className="mx-auto mt-12 max-w-6xl border-t-2 border-neutral-900 pt-4 dark:border-neutral-100">
          <h2 id="related" className="text-sm font-bold uppercase tracking-wide">
            {t.relatedStories}
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
