// The edition of the current request, as proxy.ts recorded it from the URL path. Only layouts and
// the not-found page need this (they get no params); pages know their edition from their route.
import "server-only";
import { headers } from "next/headers";
import { EDITION_HEADER, editionOf, type Edition } from "@/lib/i18n/editions";

export async function requestEdition(): Promise<Edition> {
  return editionOf((await headers()).get(EDITION_HEADER));
}
