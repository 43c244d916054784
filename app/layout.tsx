// Root layout: the document shell shared by the reader site, the newsroom and auth pages.
import type { Metadata } from "next";
import "./globals.css";
import { themeScript } from "@/components/site/theme-script";
import { siteConfig } from "@/lib/site";

export async function generateMetadata(): Promise<Metadata> {
  const { name, url } = siteConfig();
  return {
    metadataBase: new URL(url),
    title: { default: `${name}: news from around the world`, template: `%s | ${name}` },
    description: `${name}: news from around the world, as it happens.`,
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: `${name} (RSS)` }], "application/atom+xml": [{ url: "/atom.xml", title: `${name} (Atom)` }] } },
    openGraph: { siteName: name, type: "website", locale: "en_GB" },
    twitter: { card: "summary_large_image" },
  };
}

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    // The theme script sets data-theme before hydration, hence suppressHydrationWarning.
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
