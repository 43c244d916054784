// Previous (older) and next (newer) story in the same section.
import Link from "next/link";
import { articlePath } from "@/lib/urls";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";

type Story = { id: number; slug: string; language: string; headline: string } | null;

export function AdjacentStories({ sectionName, previous, next, edition = "en" }: { sectionName: string; previous: Story; next: Story; edition?: Edition }) {
  if (!previous && !next) return null;
  const t = dictionary(edition);
  return (
    <nav aria-label={t.moreIn(sectionName)} className="mt-10 grid gap-4 border-t border-neutral-200 pt-4 sm:grid-cols-2 dark:border-neutral-800">
      {previous ? (
        <Link prefetch={false} href={articlePath(previous)} rel="prev" className="group">
          <span className="block text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{t.previousIn(sectionName)}</span>
          <span className="font-semibold group-hover:underline">{previous.headline}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link prefetch={false} href={articlePath(next)} rel="next" className="group sm:text-right">
          <span className="block text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">{t.nextIn(sectionName)}</span>
          <span className="font-semibold group-hover:underline">{next.headline}</span>
        </Link>
      ) : null}
    </nav>
  );
}
