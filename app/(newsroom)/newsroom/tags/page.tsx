// Tags (editors and admins): search, rename (the URL stays), delete (removed from articles).
import { forbidden, notFound } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { listTagsForAdmin } from "@/lib/data/admin";
import { canManageTags } from "@/lib/permissions";
import { parsePage } from "@/lib/pagination";
import { ActionForm } from "@/components/newsroom/action-form";
import { FindForm } from "@/components/newsroom/find-form";
import { Pagination, pageHref } from "@/components/site/pagination";
import { deleteTagAction, renameTagAction } from "../admin-actions";

export const metadata = { title: "Tags" };
const PAGE = 50;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function TagsPage({ searchParams }: Props) {
  const user = await requireNewsroomUser("/newsroom/tags");
  if (!canManageTags(user)) forbidden();
  const raw = await searchParams;
  const page = parsePage(raw.page);
  if (page === null) notFound();
  const q = typeof raw.q === "string" ? raw.q.trim().slice(0, 60) : "";
  const { total, tags } = await listTagsForAdmin(q, page, PAGE);
  const pages = Math.max(1, Math.ceil(total / PAGE));
  return (
    <>
      <h1 className="text-2xl font-bold">Tags</h1>
      <div className="mt-4 max-w-md">
        <FindForm label="Find tags" value={q} maxLength={60} clearHref="/newsroom/tags" filtered={Boolean(q)} />
      </div>
      <p role="status" className="mt-3 text-sm">
        {total} {total === 1 ? "tag" : "tags"}
      </p>
      <ul className="mt-2 divide-y divide-neutral-200 dark:divide-neutral-800" data-testid="tags">
        {tags.map((t) => (
          <li key={t.id} className="flex flex-wrap items-end justify-between gap-3 py-2">
            <ActionForm
              inline
              action={renameTagAction} schema="tagRename"
              label={`Rename ${t.name}`}
              submit="Rename"
              fields={[
                { name: "id", label: "id", type: "hidden", defaultValue: String(t.id) },
                { name: "name", label: `Name of tag /${t.slug} (${t._count.articles} articles)`, defaultValue: t.name, maxLength: 60 },
              ]}
            />
            <ActionForm inline danger action={deleteTagAction} schema="tagId" label={`Delete ${t.name}`} submit="Delete" confirm={`Delete the tag ${t.name}? It is removed from ${t._count.articles} article(s).`} fields={[{ name: "id", label: "id", type: "hidden", defaultValue: String(t.id) }]} />
          </li>
        ))}
      </ul>
      <Pagination page={page} pages={pages} href={(p) => pageHref("/newsroom/tags", p, { q: q || undefined })} />
    </>
  );
}
