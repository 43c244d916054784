// An article's revisions: who saved what and when, a readable diff between any two, and restore.
import { forbidden, notFound } from "next/navigation";
import Link from "next/link";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { getArticleForEditor } from "@/lib/data/newsroom";
import { getRevisionPair, listRevisions } from "@/lib/data/revisions";
import { canEditArticle, canEditContent } from "@/lib/permissions";
import { siteConfig } from "@/lib/site";
import { formatNewsroomTime } from "@/lib/format";
import { RestoreRevisionButton } from "@/components/newsroom/restore-revision-button";
import { FieldsAndBodyDiff } from "@/components/newsroom/diff-view";

export const metadata = { title: "Revisions" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const idOf = (v: unknown) => (typeof v === "string" && /^[1-9][0-9]{0,9}$/.test(v) && Number(v) <= 2_147_483_647 ? Number(v) : null);

export default async function RevisionsPage({ params, searchParams }: Props) {
  const { id: raw } = await params;
  const user = await requireNewsroomUser(`/newsroom/articles/${encodeURIComponent(raw)}/revisions`);
  const id = idOf(raw);
  if (id === null) notFound();
  const article = await getArticleForEditor(id);
  if (!article) notFound();
  if (!canEditArticle(user, { createdById: article.createdById, authorIds: article.authorIds })) forbidden();
  const revisions = await listRevisions(id);
  const query = await searchParams;
  const from = idOf(query.from) ?? revisions[1]?.id ?? null;
  const to = idOf(query.to) ?? revisions[0]?.id ?? null;
  const pair = from !== null && to !== null ? await getRevisionPair(id, from, to) : null;
  const { timeZone } = siteConfig();
  const mayRestore = canEditContent(user, { createdById: article.createdById, authorIds: article.authorIds, status: article.saved.status });
  const label = (r: { version: number; createdAt: Date; author: string | null }) => `v${r.version} · ${formatNewsroomTime(r.createdAt, timeZone)} · ${r.author ?? "system"}`;

  return (
    <>
      <p className="text-sm">
        <Link href={`/newsroom/articles/${id}`} className="underline">
          ← Back to the article
        </Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold">Revisions: {article.fields.headline}</h1>
      <form method="get" className="relative mt-4 overflow-x-auto" aria-label="Choose two revisions to compare">
        <table className="w-full text-left text-sm" data-testid="revisions">
          <thead className="border-b border-neutral-300 text-xs uppercase tracking-wide dark:border-neutral-700">
            <tr>
              <th scope="col" className="py-2 pr-3">From</th>
              <th scope="col" className="py-2 pr-3">To</th>
              <th scope="col" className="py-2 pr-3">Version</th>
              <th scope="col" className="py-2 pr-3">Saved</th>
              <th scope="col" className="py-2 pr-3">By</th>
              <th scope="col" className="py-2 pr-3">Kind</th>
              <th scope="col" className="py-2 pr-3"><span className="sr-only">Restore</span></th>
            </tr>
          </thead>
          <tbody>
            {revisions.map((r) => (
              <tr key={r.id} className="border-b border-neutral-200 dark:border-neutral-800">
                <td className="py-1.5 pr-3">
                  <input type="radio" name="from" value={r.id} defaultChecked={r.id === from} aria-label={`Compare from ${label({ ...r, author: r.author?.name ?? null })}`} />
                </td>
                <td className="py-1.5 pr-3">
                  <input type="radio" name="to" value={r.id} defaultChecked={r.id === to} aria-label={`Compare to ${label({ ...r, author: r.author?.name ?? null })}`} />
                </td>
                <td className="py-1.5 pr-3 font-semibold">v{r.version}</td>
                <td className="py-1.5 pr-3 whitespace-nowrap">{formatNewsroomTime(r.createdAt, timeZone)}</td>
                <td className="py-1.5 pr-3">{r.author?.name ?? "Scheduler"}</td>
                <td className="py-1.5 pr-3">
                  {r.reason}
                  {r.published ? <span className="ml-1 rounded bg-green-100 px-1 text-xs text-green-900 dark:bg-green-950 dark:text-green-100">published</span> : null}
                </td>
                <td className="py-1.5 pr-3">{mayRestore && r.version !== article.saved.version ? <RestoreRevisionButton articleId={id} version={article.saved.version} revisionId={r.id} label={`v${r.version}`} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <button type="submit" className="mt-3 rounded bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
          Compare
        </button>
      </form>

      {pair ? (
        <section aria-labelledby="diff" className="mt-8" data-testid="diff">
          <h2 id="diff" className="text-xl font-bold">
            Changes from v{pair[0].version} to v{pair[1].version}
          </h2>
          <FieldsAndBodyDiff before={pair[0]} after={pair[1]} />
        </section>
      ) : from !== null && to !== null ? (
        <p className="mt-6" data-testid="form-error">
          Those revisions are not from this article.
        </p>
      ) : null}
    </>
  );
}
