// /ru/authors/{slug}: an author's Russian stories (components/site/pages/author-page.tsx).
import { AuthorPage, authorMetadata } from "@/components/site/pages/author-page";
import type { SlugPageProps } from "@/components/site/pages/tag-page";

export const dynamic = "force-dynamic";

export function generateMetadata(props: SlugPageProps) {
  return authorMetadata(props, "ru");
}

export default function Page(props: SlugPageProps) {
  return <AuthorPage {...props} edition="ru" />;
}
