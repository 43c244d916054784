"use client";
// Follow / unfollow a section, tag or author, optimistically (components/site/optimistic-toggle.tsx);
// signed-out readers get a link to sign in instead (follow-control.tsx).
import { OptimisticToggle } from "@/components/site/optimistic-toggle";
import { setFollowingAction } from "@/lib/actions/reading";
import type { FollowKind } from "@/lib/validations/account";

type Labels = { follow: string; following: string; couldNotReach: string; couldNotFollow: string };
const ENGLISH: Labels = { follow: "Follow", following: "Following", couldNotReach: "Could not reach the server. Try again.", couldNotFollow: "Could not follow this." };

export function FollowButton({ kind, id, name, following, labels = ENGLISH }: { kind: FollowKind; id: number; name: string; following: boolean; labels?: Labels }) {
  return (
    <OptimisticToggle
      on={following}
      send={(next) => setFollowingAction({ kind, id, following: next })}
      messages={{ unreachable: labels.couldNotReach, refused: labels.couldNotFollow }}
      testId="follow-button"
      className="rounded border border-neutral-300 px-3 py-1 text-sm font-semibold hover:bg-neutral-100 disabled:opacity-60 dark:border-neutral-700 dark:hover:bg-neutral-800"
    >
      {(on) => (
        <>
          {on ? labels.following : labels.follow}
          <span className="sr-only"> {name}</span>
        </>
      )}
    </OptimisticToggle>
  );
}
