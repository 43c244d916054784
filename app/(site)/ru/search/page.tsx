// /ru/search: search over the Russian edition, Russian stemming (components/site/pages/search-page.tsx).
import { SearchPage, searchMetadata, type SearchPageProps } from "@/components/site/pages/search-page";

export const dynamic = "force-dynamic";

export function generateMetadata(props: SearchPageProps) {
  return searchMetadata(props, "ru");
}

export default function Page(props: SearchPageProps) {
  return <SearchPage {...props} edition="ru" />;
}
