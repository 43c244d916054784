// Reader site chrome: masthead with sections, main content, footer.
import { SiteHeader } from "@/components/site/site-header";
import { SiteFooter } from "@/components/site/site-footer";
import { siteConfig } from "@/lib/site";

// Reader pages read PostgreSQL on each request; caching arrives with the caching issue.
export const dynamic = "force-dynamic";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  const site = siteConfig();
  return (
    <>
      <SiteHeader siteName={site.name} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <SiteFooter siteName={site.name} />
    </>
  );
}
