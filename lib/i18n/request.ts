// The edition of the current request, as proxy.ts recorded it from the URL path (lib/i18n/edition-header.ts). Only layouts, the
// not-found page and server actions need this (they get no params; an action is posted to the URL
// of the page its form is on); pages know their edition from their route.
import "server-only";
import { headers } from "next/headers";
import type { Edition } from "@/lib/i18n/editions";
import { EDITION_HEADER, editionFromHeader } from "@/lib/i18n/edition-header";

/** The edition proxy.ts signed into the request; the default edition where the proxy did not run. */
export async function requestEdition(): Promise<Edition> {
  return editionFromHeader((await headers()).get(EDITION_HEADER));
}
