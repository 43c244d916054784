// Page guard for reader account pages (Saved, My feed, Account): the signed-in user or a redirect
// to the edition's sign-in page that comes back here. Actions and route handlers check the session
// themselves.
import "server-only";
import { redirect } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { inEditionPath, type Edition } from "@/lib/i18n/editions";

export async function requireSignedIn(path: string, edition: Edition = "en"): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`${inEditionPath(edition, "/signin")}?callbackUrl=${encodeURIComponent(path)}`);
  return user;
}
