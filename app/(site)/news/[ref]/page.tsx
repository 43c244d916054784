// Article page at /news/{id}-{slug} (components/site/pages/article-page.tsx).
import { ArticlePage, articleMetadata, type ArticlePageProps } from "@/components/site/pages/article-page";

export const dynamic = "force-dynamic";

export function generateMetadata(props: ArticlePageProps) {
  return articleMetadata(props);
}

export default function Page(props: ArticlePageProps) {
  return <ArticlePage {...props} edition="en" />;
}
