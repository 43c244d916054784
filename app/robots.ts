// robots.txt: the site is open; the newsroom, API, previews, sign-in (in each edition) and search
// results are not.
import type { MetadataRoute } from "next";
import { siteConfig } from "@/lib/site";

export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  const { url } = siteConfig();
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/newsroom", "/api/", "/preview", "/search", "/signin", "/account", "/ru/signin", "/ru/account"] }],
    sitemap: [new URL("/sitemap.xml", url).toString(), new URL("/sitemaps/news.xml", url).toString()],
    host: url,
  };
}
