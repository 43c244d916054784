// Page guard for reader account pages (Saved, My feed, Account): the signed-in user or a redirect
// to sign in that comes back here. Actions and route handlers check the session themselves.
import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";

export async function requireSignedIn(path: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
