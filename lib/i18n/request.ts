// The edition of the current request, as proxy.ts recorded it from the URL path. Only layouts, the
// not-found page and server actions need this (they get no params; an action is posted to the URL
// of the page its form is on); pages know their edition from their route.
import "server-only";
import { headers } from "next/headers";
import { EDITION_HEADER, editionOf, type Edition } from "@/lib/i18n/editions";

export async function requestEdition(): Promise<Edition> {
  return editionOf((await headers()).get(EDITION_HEADER));
}
