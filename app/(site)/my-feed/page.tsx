// /my-feed: stories from what the reader follows (components/account/pages/my-feed-page.tsx).
import { MyFeedPage, myFeedMetadata } from "@/components/account/pages/my-feed-page";
import type { ReaderListProps } from "@/components/account/pages/saved-page";

export const dynamic = "force-dynamic";
export const metadata = myFeedMetadata("en");

export default function Page(props: ReaderListProps) {
  return <MyFeedPage {...props} edition="en" />;
}
