// The follow control on section, tag and author pages: a button for signed-in readers, a sign-in
// link (to the edition's sign-in page, back to this page) for everyone else.
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/session";
import { isFollowing } from "@/lib/data/follows";
import type { FollowKind } from "@/lib/validations/account";
import { FollowButton } from "@/components/site/follow-button";
import { dictionary } from "@/lib/i18n/dictionary";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";

export async function FollowControl({ kind, id, name, path, edition = "en" }: { kind: FollowKind; id: number; name: string; path: string; edition?: Edition }) {
  const user = await getCurrentUser();
  const t = dictionary(edition);
  if (!user) {
    const href = `${inEditionPath(edition, "/signin")}?callbackUrl=${encodeURIComponent(path)}`;
    const className = "inline-block rounded border border-neutral-300 px-3 py-1 text-sm font-semibold dark:border-neutral-700";
    return (
      <Link prefetch={false} href={href} className={className}>
        {t.follow}
        <span className="sr-only">
          {" "}
          {name}
          {t.signInToFollow}
        </span>
      </Link>
    );
  }
  const labels = { follow: t.follow, following: t.following, couldNotReach: t.couldNotReach, couldNotFollow: t.couldNotFollow };
  return <FollowButton kind={kind} id={id} name={name} following={await isFollowing(user.id, kind, id)} labels={labels} />;
}
