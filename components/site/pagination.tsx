// Previous / next page links with "page N of M"; plain links, so they work without JavaScript.
import Link from "next/link";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";

export function Pagination({ page, pages, href, edition = "en" }: { page: number; pages: number; href: (page: number) => string; edition?: Edition }) {
  if (pages <= 1) return null;
  const t = dictionary(edition);
  return (
    <nav aria-label={t.pagination} className="mt-8 flex items-center justify-between border-t border-neutral-200 pt-4 text-sm dark:border-neutral-800">
      {page > 1 ? (
        <Link prefetch={false} href={href(page - 1)} rel="prev" className="font-semibold hover:underline">
          {t.newer}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-neutral-600 dark:text-neutral-400">
        {t.pageOf(page, pages)}
      </span>
      {page < pages ? (
        <Link prefetch={false} href={href(page + 1)} rel="next" className="font-semibold hover:underline">
          {t.older}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}

/** `?page=N` for page 2 and later; page 1 is the bare URL, so it has one canonical address. */
export function pageHref(base: string, page: number, params: Record<string, string | undefined> = {}): string {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) search.set(k, v);
  if (page > 1) search.set("page", String(page));
  const qs = search.toString();
  return qs ? `${base}?${qs}` : base;
}
