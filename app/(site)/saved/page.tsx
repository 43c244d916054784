// /saved: the reader's saved stories (components/account/pages/saved-page.tsx).
import { SavedPage, savedMetadata, type ReaderListProps } from "@/components/account/pages/saved-page";

export const dynamic = "force-dynamic";
export const metadata = savedMetadata("en");

export default function Page(props: ReaderListProps) {
  return <SavedPage {...props} edition="en" />;
}
