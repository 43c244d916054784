// Root layout: the document shell shared by the reader site, the newsroom and auth pages.
import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Dateline", template: "%s | Dateline" },
  description: "Dateline: news from around the world.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
