// Previous / next page links with "page N of M"; plain links, so they work without JavaScript.
import Link from "next/link";

export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav aria-label="Pagination" className="mt-8 flex items-center justify-between border-t border-neutral-200 pt-4 text-sm dark:border-neutral-800">
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="font-semibold hover:underline">
          ← Newer
        </Link>
      ) : (
        <span />
      )}
      <span className="text-neutral-600 dark:text-neutral-400">
        Page {page} of {pages}
      </span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="font-semibold hover:underline">
          Older →
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
