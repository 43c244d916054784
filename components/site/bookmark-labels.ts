// The bookmark button's words in an edition (the button is a client component: it gets strings, not the dictionary).
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";
import type { BookmarkLabels } from "@/components/site/bookmark-button";

export function bookmarkLabels(edition: Edition): BookmarkLabels {
  const t = dictionary(edition);
  return { save: t.save, saved: t.savedState, couldNotReach: t.couldNotReach, couldNotSave: t.couldNotSave };
}
