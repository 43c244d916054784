// Reader site chrome: masthead with sections, main content, footer, in the request's edition.
// Links that cross editions are plain <a> (a full load), so this layout and <html lang> are
// rendered afresh whenever the edition changes.
import { siteChrome } from "@/components/site/site-chrome";
import { siteConfig } from "@/lib/site";
import { requestEdition } from "@/lib/i18n/request";

// Reader pages render on each request (the header shows who is signed in) from the tagged data
// cache (lib/cache.ts); anonymous copies are kept a second by nginx in front (docs/DEPLOY.md).
export const dynamic = "force-dynamic";

export default async function SiteLayout({ children }: { children: React.ReactNode }) {
  const site = siteConfig();
  const edition = await requestEdition();
  const { header, footer } = siteChrome(site.name, edition);
  return (
    <>
      {header}
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      {footer}
    </>
  );
}
