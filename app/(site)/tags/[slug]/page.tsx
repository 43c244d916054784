// Tag page: /tags/{slug} (components/site/pages/tag-page.tsx).
import { TagPage, tagMetadata, type SlugPageProps } from "@/components/site/pages/tag-page";

export const dynamic = "force-dynamic";

export function generateMetadata(props: SlugPageProps) {
  return tagMetadata(props, "en");
}

export default function Page(props: SlugPageProps) {
  return <TagPage {...props} edition="en" />;
}
