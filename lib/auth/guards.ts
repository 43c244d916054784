// Page-level guards for the newsroom. Server actions and route handlers call the same checks
// themselves; a page guard never protects anything but its page.
import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { canAccessNewsroom } from "@/lib/permissions";

/** The signed-in staff member, or a redirect to sign in (anonymous) or a 403 page (readers). */
export async function requireNewsroomUser(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  if (!canAccessNewsroom(user)) forbidden();
  return user;
}
