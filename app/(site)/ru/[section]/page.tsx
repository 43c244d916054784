// /ru/{section}: a section front in the Russian edition (components/site/pages/section-page.tsx).
import { SectionPage, sectionMetadata, type SectionPageProps } from "@/components/site/pages/section-page";

export const dynamic = "force-dynamic";

export function generateMetadata(props: SectionPageProps) {
  return sectionMetadata(props, "ru");
}

export default function Page(props: SectionPageProps) {
  return <SectionPage {...props} edition="ru" />;
}
