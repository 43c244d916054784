// Which edition an OAuth sign-in started from. next-auth sends every OAuth failure to its one
// error page (/signin?error=…) and keeps where the reader was going in its callback-url cookie;
// when that place is a Russian page, the English sign-in page passes the reader on to /ru/signin.
// The cookie only picks the language and a same-site path (safeCallbackPath): nothing else.
import "server-only";
import { cookies } from "next/headers";
import { editionOfPath, inEditionPath, type Edition } from "@/lib/i18n/editions";
import { safeCallbackPath } from "@/lib/urls";

const COOKIE_NAMES = ["__Secure-next-auth.callback-url", "next-auth.callback-url"];

export async function oauthReturnEdition(): Promise<{ edition: Edition; callbackPath: string }> {
  const jar = await cookies();
  return editionOfCallbackCookie(COOKIE_NAMES.map((name) => jar.get(name)?.value).find(Boolean));
}

/** The edition and same-site path of next-auth's callback-url cookie (an absolute URL or a path). */
export function editionOfCallbackCookie(raw: string | undefined): { edition: Edition; callbackPath: string } {
  if (!raw) return { edition: "en", callbackPath: "/" };
  let url: URL;
  try {
    url = new URL(raw, "http://localhost");
  } catch {
    return { edition: "en", callbackPath: "/" };
  }
  const edition = editionOfPath(url.pathname);
  return { edition, callbackPath: safeCallbackPath(`${url.pathname}${url.search}`, inEditionPath(edition, "/")) };
}
