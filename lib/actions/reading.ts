"use server";
// Bookmark and follow actions. The user comes from the session, never from the input, so a forged
// id can at most name an article or section; it can never reach another reader's rows. Refusals are
// in the edition of the page the button is on.
import { refresh } from "next/cache";
import { authedAction } from "@/lib/actions/safe-action";
import { removeBookmark, saveBookmark } from "@/lib/data/bookmarks";
import { setFollowing } from "@/lib/data/follows";
import { accountSchemas } from "@/lib/validations/account";
import { accountMessages } from "@/lib/i18n/account-messages";

// Saves or unsaves a live article for the signed-in reader.
export const setBookmarkAction = authedAction((edition) => accountSchemas(edition).bookmarkSchema, async (user, { articleId, saved }, edition) => {
  if (saved) {
    const result = await saveBookmark(user.id, articleId);
    if (!result.ok) return { ok: false, errors: { form: accountMessages(edition).notSaveable } };
  } else await removeBookmark(user.id, articleId);
  refresh();
  return { ok: true };
});

// Follows or unfollows a section, tag or author for the signed-in reader.
export const setFollowingAction = authedAction((edition) => accountSchemas(edition).followSchema, async (user, { kind, id, following }, edition) => {
  const result = await setFollowing(user.id, kind, id, following);
  if (!result.ok) return { ok: false, errors: { form: accountMessages(edition).notFollowable } };
  refresh();
  return { ok: true };
});
