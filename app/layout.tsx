// Root layout: the document shell shared by the reader site, the newsroom and auth pages. Its
// language is the request's edition (proxy.ts puts it in a header: English URLs have no prefix,
// so there is no [lang] segment to read it from; see docs/I18N.md).
import type { Metadata } from "next";
import "./globals.css";
import { themeScript } from "@/components/site/theme-script";
import { IntentPrefetch } from "@/components/site/intent-prefetch";
import { siteConfig } from "@/lib/site";
import { requestEdition } from "@/lib/i18n/request";
import { dictionary } from "@/lib/i18n/dictionary";
import { EDITION_META } from "@/lib/i18n/editions";
import { siteFeedTypes } from "@/lib/i18n/metadata";

export async function generateMetadata(): Promise<Metadata> {
  const { name, url } = siteConfig();
  const edition = await requestEdition();
  const t = dictionary(edition);
  return {
    metadataBase: new URL(url),
    title: { default: t.siteTagline(name), template: `%s | ${name}` },
    description: t.siteDescription(name),
    alternates: { types: siteFeedTypes(edition, name) },
    openGraph: { siteName: name, type: "website", locale: EDITION_META[edition].ogLocale },
    twitter: { card: "summary_large_image" },
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const edition = await requestEdition();
  return (
    // The theme script sets data-theme before hydration, hence suppressHydrationWarning.
    <html lang={EDITION_META[edition].htmlLang} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        {children}
        <IntentPrefetch />
      </body>
    </html>
  );
}
