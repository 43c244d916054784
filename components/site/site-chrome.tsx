// The masthead and footer elements of one request, created once: the (site) layout and the
// not-found boundary (which Next puts in every page's RSC payload, for client-side 404s) then hold
// the same element objects, and React serialises them once and refers to them after that.
import { cache } from "react";
import { SiteHeader } from "@/components/site/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import type { Edition } from "@/lib/i18n/editions";

export const siteChrome = cache((siteName: string, edition: Edition) => ({
  header: <SiteHeader siteName={siteName} edition={edition} />,
  footer: <SiteFooter siteName={siteName} edition={edition} />,
}));
