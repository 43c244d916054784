"use client";
// "English" / "Русский": the other edition's equivalent of this page (home, section front,
// search), else its front page (lib/i18n/editions.ts). A plain <a>, not <Link>: the edition is
// part of the root and site layouts, which a client-side navigation would not render again.
import { usePathname } from "next/navigation";
import { EDITIONS, EDITION_META, switchTarget, type Edition } from "@/lib/i18n/editions";

export function LanguageSwitch({ edition, label }: { edition: Edition; label: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label={label} className="flex items-center gap-2 text-sm" data-testid="language-switch">
      {EDITIONS.map((e) => {
        const meta = EDITION_META[e];
        return e === edition ? (
          <span key={e} lang={meta.htmlLang} aria-current="true" className="font-semibold">
            {meta.label}
          </span>
        ) : (
          <a key={e} href={switchTarget(pathname, e)} lang={meta.htmlLang} hrefLang={meta.htmlLang} className="underline hover:no-underline">
            {meta.label}
          </a>
        );
      })}
    </nav>
  );
}
