// Deleted articles (admins only), with restore. A restored article never goes straight back on
// the site: a published one returns unpublished, a scheduled one as a draft.
import { forbidden } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { listDeletedArticles } from "@/lib/data/newsroom";
import { canRestoreArticle } from "@/lib/permissions";
import { siteConfig } from "@/lib/site";
import { formatNewsroomTime } from "@/lib/format";
import { statusLabel } from "@/lib/workflow";
import { ActionForm } from "@/components/newsroom/action-form";
import { restoreArticleFormAction } from "../admin-actions";

export const metadata = { title: "Deleted articles" };

export default async function DeletedArticlesPage() {
  const user = await requireNewsroomUser("/newsroom/deleted");
  if (!canRestoreArticle(user)) forbidden();
  const rows = await listDeletedArticles();
  const { timeZone } = siteConfig();
  return (
    <>
      <h1 className="text-2xl font-bold">Deleted articles</h1>
      {rows.length ? (
        <ul className="mt-4 divide-y divide-neutral-200 dark:divide-neutral-800" data-testid="deleted-articles">
          {rows.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div>
                <p className="font-semibold">{a.headline}</p>
                <p className="text-sm text-neutral-600 dark:text-neutral-400">
                  {a.section.name} · was {statusLabel(a.status).toLowerCase()} · deleted {a.deletedAt ? formatNewsroomTime(a.deletedAt, timeZone) : ""}
                  {a.lastEditedBy ? ` by ${a.lastEditedBy.name}` : ""}
                </p>
              </div>
              <ActionForm inline action={restoreArticleFormAction} schema="userId" label={`Restore ${a.headline}`} submit="Restore" fields={[{ name: "id", label: "id", type: "hidden", defaultValue: String(a.id) }]} />
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-4">Nothing has been deleted.</p>
      )}
    </>
  );
}
