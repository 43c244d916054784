"use server";
// Bookmark and follow actions. The user comes from the session, never from the input, so a forged
// id can at most name an article or section; it can never reach another reader's rows.
import { refresh } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { removeBookmark, saveBookmark } from "@/lib/data/bookmarks";
import { setFollowing } from "@/lib/data/follows";
import { bookmarkSchema, followSchema } from "@/lib/validations/account";

// Saves or unsaves a live article for the signed-in reader.
export const setBookmarkAction = authedAction(bookmarkSchema, async (user, { articleId, saved }) => {
  if (saved) {
    const result = await saveBookmark(user.id, articleId);
    if (!result.ok) return { ok: false, errors: { form: result.error } };
  } else await removeBookmark(user.id, articleId);
  refresh();
  return { ok: true };
});

// Follows or unfollows a section, tag or author for the signed-in reader.
export const setFollowingAction = authedAction(followSchema, async (user, { kind, id, following }) => {
  const result = await setFollowing(user.id, kind, id, following);
  if (!result.ok) return { ok: false, errors: { form: result.error } };
  refresh();
  return { ok: true };
});
