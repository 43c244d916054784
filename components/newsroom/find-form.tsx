// The newsroom's search box for a list page (tags, users, media): a plain GET form, so it works
// before hydration and without JavaScript, with an optional extra filter and a "Clear" link.
import Link from "next/link";
import type { ReactNode } from "react";

type Props = {
  label: string;
  value: string;
  maxLength: number;
  /** The list page's own path: "Clear" goes back to it. */
  clearHref: string;
  /** Shown as "Clear" while any filter is on. */
  filtered: boolean;
  submit?: string;
  /** Further filters (selects) sent with the search. */
  children?: ReactNode;
};

export function FindForm({ label, value, maxLength, clearHref, filtered, submit = "Find", children }: Props) {
  return (
    <form method="get" role="search" className="flex flex-wrap items-end gap-2">
      <label className="min-w-48 grow">
        <span className="text-xs font-semibold">{label}</span>
        <input type="search" name="q" defaultValue={value} maxLength={maxLength} className="mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1.5 text-sm dark:border-neutral-600 dark:bg-neutral-900" />
      </label>
      {children}
      <button type="submit" className="rounded bg-neutral-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
        {submit}
      </button>
      {filtered ? (
        <Link href={clearHref} className="py-1.5 text-sm underline">
          Clear
        </Link>
      ) : null}
    </form>
  );
}
