// Root layout: the document shell shared by the reader site, the newsroom and auth pages.
import type { Metadata } from "next";
import "./globals.css";
import { themeScript } from "@/components/site/theme-script";

export const metadata: Metadata = {
  title: { default: "Dateline", template: "%s | Dateline" },
  description: "Dateline: news from around the world.",
};

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
