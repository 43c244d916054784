// /ru/tags/{slug}: the Russian stories with a tag (components/site/pages/tag-page.tsx).
import { TagPage, tagMetadata, type SlugPageProps } from "@/components/site/pages/tag-page";

export const dynamic = "force-dynamic";

export function generateMetadata(props: SlugPageProps) {
  return tagMetadata(props, "ru");
}

export default function Page(props: SlugPageProps) {
  return <TagPage {...props} edition="ru" />;
}
