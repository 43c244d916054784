// /ru: the Russian edition's front page (components/site/pages/home-page.tsx).
import { HomePage, homeMetadata } from "@/components/site/pages/home-page";

export const dynamic = "force-dynamic";

export function generateMetadata() {
  return homeMetadata("ru");
}

export default function Page() {
  return <HomePage edition="ru" />;
}
