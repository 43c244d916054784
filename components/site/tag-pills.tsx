// A row of topic links as pills (article tags, a section's busiest topics).
import Link from "next/link";
import { tagPath } from "@/lib/urls";
import type { Edition } from "@/lib/i18n/editions";

export function TagPills({ tags, label, className = "", edition = "en" }: { tags: { name: string; slug: string }[]; label: string; className?: string; edition?: Edition }) {
  if (!tags.length) return null;
  return (
    <nav aria-label={label} className={className}>
      <ul className="flex flex-wrap gap-2 text-sm">
        {tags.map((t) => (
          <li key={t.slug}>
            <Link prefetch={false} href={tagPath(t, edition)} className="rounded-full border border-neutral-300 px-3 py-1 hover:bg-neutral-100 dark:border-neutral-700 dark:hover:bg-neutral-800">
              {t.name}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
