"use client";
// Save / unsave a story. The button flips at once (useOptimistic); the server action's answer
// (and the page refresh it triggers) then settles it, so a refused save flips back with a reason.
import { useOptimistic, useState, useTransition } from "react";
import { useHydrated } from "@/components/site/use-hydrated";
import { setBookmarkAction } from "@/lib/actions/reading";

export type BookmarkLabels = { save: string; saved: string; couldNotReach: string; couldNotSave: string };
const ENGLISH: BookmarkLabels = { save: "Save", saved: "Saved", couldNotReach: "Could not reach the server. Try again.", couldNotSave: "Could not save this story." };

export function BookmarkButton({ articleId, saved, headline, labels = ENGLISH }: { articleId: number; saved: boolean; headline?: string; labels?: BookmarkLabels }) {
  const [optimistic, setOptimistic] = useOptimistic(saved);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();

  function toggle() {
    const next = !optimistic;
    setError(null);
    startTransition(async () => {
      setOptimistic(next);
      const result = await setBookmarkAction({ articleId, saved: next }).catch(() => ({ ok: false as const, errors: { form: labels.couldNotReach } }));
      if (!result.ok) setError(result.errors.form ?? Object.values(result.errors)[0] ?? labels.couldNotSave);
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        disabled={!hydrated}
        aria-pressed={optimistic}
        data-testid="bookmark-button"
        className="rounded border border-neutral-300 px-2 py-1 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-700 dark:hover:bg-neutral-800"
      >
        <span aria-hidden="true">{optimistic ? "★ " : "☆ "}</span>
        {optimistic ? labels.saved : labels.save}
        {headline ? <span className="sr-only">: {headline}</span> : null}
      </button>
      {error ? (
        <span role="alert" data-testid="bookmark-error" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}
