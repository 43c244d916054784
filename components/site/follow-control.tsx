// The follow control on section, tag and author pages: a button for signed-in readers, a sign-in
// link (back to this page) for everyone else.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { isFollowing } from "@/lib/data/follows";
import type { FollowKind } from "@/lib/validations/account";
import { FollowButton } from "@/components/site/follow-button";

export async function FollowControl({ kind, id, name, path }: { kind: FollowKind; id: number; name: string; path: string }) {
  const user = await getCurrentUser();
  if (!user) {
    return (
      <Link href={`/signin?callbackUrl=${encodeURIComponent(path)}`} className="inline-block rounded border border-neutral-300 px-3 py-1 text-sm font-semibold dark:border-neutral-700">
        Follow<span className="sr-only"> {name} (sign in to follow)</span>
      </Link>
    );
  }
  return <FollowButton kind={kind} id={id} name={name} following={await isFollowing(user.id, kind, id)} />;
}
