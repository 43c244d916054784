// A signed, expiring preview of an article in any state, exactly as readers will see it, with a
// banner saying it is a preview. Never indexed, never cached, no view counting.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { verifyPreviewToken } from "@/lib/preview";
import { getArticleForPreview } from "@/lib/data/articles";
import { siteConfig } from "@/lib/site";
import { statusLabel } from "@/lib/workflow";
import { formatNewsroomTime } from "@/lib/format";
import { ArticleBody } from "@/components/site/article-body";
import { ArticleHeader } from "@/components/site/article-header";
import { TagPills } from "@/components/site/tag-pills";
import { editionOf } from "@/lib/i18n/editions";
import { dictionary } from "@/lib/i18n/dictionary";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: "Preview", robots: { index: false, follow: false, nocache: true }, referrer: "no-referrer" };
}

export default async function PreviewPage({ params }: Props) {
  const check = verifyPreviewToken(decodeURIComponent((await params).token));
  const { timeZone } = siteConfig();
  if (!check.ok && check.reason === "expired") {
    return (
      <div className="mx-auto max-w-2xl py-12 text-center">
        <h1 className="font-serif text-3xl font-bold">This preview link has expired</h1>
        <p className="mt-4">Ask the newsroom for a new link.</p>
      </div>
    );
  }
  if (!check.ok) notFound();
  const found = await getArticleForPreview(check.id);
  if (!found) notFound();
  // An article that was never published previews with the current time as its dateline.
  const article = found.status === "PUBLISHED" ? found : { ...found, publishedAt: new Date(), updatedAt: new Date() };
  const edition = editionOf(article.language);
  return (
    <>
      <p role="note" className="mx-auto mb-6 max-w-3xl rounded border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 dark:bg-amber-950 dark:text-amber-100" data-testid="preview-banner">
        <strong>Preview</strong> — {statusLabel(found.status).toLowerCase()}, not visible to readers unless published. Link valid until {formatNewsroomTime(check.expires, timeZone)}.
      </p>
      <article className="mx-auto max-w-3xl">
        <ArticleHeader article={article} timeZone={timeZone} />
        <div className="mt-8">
          <ArticleBody doc={article.body} edition={edition} />
        </div>
        <TagPills tags={article.tags} label={dictionary(edition).tags} edition={edition} className="mt-10 border-t border-neutral-200 pt-4 dark:border-neutral-800" />
      </article>
    </>
  );
}
