"use client";
// Save / unsave a story, optimistically (components/site/optimistic-toggle.tsx).
import { OptimisticToggle } from "@/components/site/optimistic-toggle";
import { setBookmarkAction } from "@/lib/actions/reading";

export type BookmarkLabels = { save: string; saved: string; couldNotReach: string; couldNotSave: string };
const ENGLISH: BookmarkLabels = { save: "Save", saved: "Saved", couldNotReach: "Could not reach the server. Try again.", couldNotSave: "Could not save this story." };

export function BookmarkButton({ articleId, saved, headline, labels = ENGLISH }: { articleId: number; saved: boolean; headline?: string; labels?: BookmarkLabels }) {
  return (
    <OptimisticToggle
      on={saved}
      send={(next) => setBookmarkAction({ articleId, saved: next })}
      messages={{ unreachable: labels.couldNotReach, refused: labels.couldNotSave }}
      testId="bookmark-button"
      errorTestId="bookmark-error"
      className="rounded border border-neutral-300 px-2 py-1 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-700 dark:hover:bg-neutral-800"
    >
      {(on) => (
        <>
          <span aria-hidden="true">{on ? "★ " : "☆ "}</span>
          {on ? labels.saved : labels.save}
          {headline ? <span className="sr-only">: {headline}</span> : null}
        </>
      )}
    </OptimisticToggle>
  );
}
