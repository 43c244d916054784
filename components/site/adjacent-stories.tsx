// Previous (older) and next (newer) story in the same section.
import Link from "next/link";
import { articlePath } from "@/lib/urls";

type Story = { id: number; slug: string; headline: string } | null;

export function AdjacentStories({ sectionName, previous, next }: { sectionName: string; previous: Story; next: Story }) {
  if (!previous && !next) return null;
  return (
    <nav aria-label={`More in ${sectionName}`} className="mt-10 grid gap-4 border-t border-neutral-200 pt-4 sm:grid-cols-2 dark:border-neutral-800">
      {previous ? (
        <Link href={articlePath(previous)} rel="prev" className="group">
          <span className="block text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">← Previous in {sectionName}</span>
          <span className="font-semibold group-hover:underline">{previous.headline}</span>
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={articlePath(next)} rel="next" className="group sm:text-right">
          <span className="block text-xs font-semibold uppercase tracking-wide text-neutral-600 dark:text-neutral-400">Next in {sectionName} →</span>
          <span className="font-semibold group-hover:underline">{next.headline}</span>
        </Link>
      ) : null}
    </nav>
  );
}
