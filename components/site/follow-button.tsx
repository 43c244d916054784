"use client";
// Follow / unfollow a section, tag or author, optimistically; signed-out readers get a link to
// sign in that brings them back here.
import { useOptimistic, useState, useTransition } from "react";
import { useHydrated } from "@/components/site/use-hydrated";
import { setFollowingAction } from "@/lib/actions/reading";
import type { FollowKind } from "@/lib/validations/account";

type Labels = { follow: string; following: string; couldNotReach: string; couldNotFollow: string };
const ENGLISH: Labels = { follow: "Follow", following: "Following", couldNotReach: "Could not reach the server. Try again.", couldNotFollow: "Could not follow this." };

export function FollowButton({ kind, id, name, following, labels = ENGLISH }: { kind: FollowKind; id: number; name: string; following: boolean; labels?: Labels }) {
  const [optimistic, setOptimistic] = useOptimistic(following);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();
  const hydrated = useHydrated();

  function toggle() {
    const next = !optimistic;
    setError(null);
    startTransition(async () => {
      setOptimistic(next);
      const result = await setFollowingAction({ kind, id, following: next }).catch(() => ({ ok: false as const, errors: { form: labels.couldNotReach } }));
      if (!result.ok) setError(result.errors.form ?? Object.values(result.errors)[0] ?? labels.couldNotFollow);
    });
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={toggle}
        disabled={!hydrated}
        aria-pressed={optimistic}
        data-testid="follow-button"
        className="rounded border border-neutral-300 px-3 py-1 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-700 dark:hover:bg-neutral-800"
      >
        {optimistic ? labels.following : labels.follow}
        <span className="sr-only"> {name}</span>
      </button>
      {error ? (
        <span role="alert" className="text-sm text-red-800 dark:text-red-300">
          {error}
        </span>
      ) : null}
    </span>
  );
}
