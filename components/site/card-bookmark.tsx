// The save button under a story in public lists (section, tag, author pages): signed-in readers
// only; anonymous visitors see nothing extra. One bookmark query per request, however many cards.
import { getCurrentUser } from "@/lib/auth/session";
import { savedIdsThisRequest } from "@/lib/data/bookmarks";
import { BookmarkButton } from "@/components/site/bookmark-button";
import { bookmarkLabels } from "@/components/site/bookmark-labels";
import type { Edition } from "@/lib/i18n/editions";

export async function CardBookmark({ articleId, headline, edition = "en" }: { articleId: number; headline: string; edition?: Edition }) {
  const user = await getCurrentUser().catch(() => null);
  if (!user) return null;
  const saved = await savedIdsThisRequest(user.id);
  return <BookmarkButton articleId={articleId} saved={saved.has(articleId)} headline={headline} labels={bookmarkLabels(edition)} />;
}
