// The audit log (admins only): filter by action, kind, item id, person and date.
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { AUDIT_PAGE_SIZE, auditFiltersSchema, listAuditEvents } from "@/lib/data/audit";
import { canViewAuditLog } from "@/lib/permissions";
import { parsePage } from "@/lib/pagination";
import { siteConfig } from "@/lib/site";
import { formatNewsroomTime } from "@/lib/format";
import { Pagination, pageHref } from "@/components/site/pagination";
import { FilterInput, FilterSelect } from "@/components/newsroom/filter-fields";

export const metadata = { title: "Audit log" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditPage({ searchParams }: Props) {
  const user = await requireNewsroomUser("/newsroom/audit");
  if (!canViewAuditLog(user)) forbidden();
  const raw = await searchParams;
  const page = parsePage(raw.page);
  if (page === null) notFound();
  const filters = auditFiltersSchema.parse(raw);
  const { total, events, actions, actors } = await listAuditEvents(filters, page);
  const { timeZone } = siteConfig();
  const keep = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v === null ? undefined : String(v)]));
  return (
    <>
      <h1 className="text-2xl font-bold">Audit log</h1>
      <form method="get" className="mt-4 grid gap-3 rounded border border-neutral-200 p-3 sm:grid-cols-3 lg:grid-cols-6 dark:border-neutral-800">
        <FilterSelect label="Action" name="action" value={filters.action} any="Any action" options={actions.map((a) => ({ value: a, label: a }))} />
        <FilterSelect label="Kind" name="entity" value={filters.entity} any="Anything" options={["article", "user", "section", "tag", "media"].map((e) => ({ value: e, label: e }))} />
        <FilterInput label="Item id" name="id" inputMode="numeric" defaultValue={filters.id ?? ""} maxLength={10} />
        <FilterSelect label="Person" name="actor" value={filters.actor} any="Anyone" options={actors.map((a) => ({ value: a.id, label: a.name }))} />
        <FilterInput label="From (UTC date)" type="date" name="from" defaultValue={filters.from ?? ""} />
        <FilterInput label="To (UTC date)" type="date" name="to" defaultValue={filters.to ?? ""} />
        <div className="flex gap-3 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded bg-neutral-900 px-3 py-1.5 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
            Apply filters
          </button>
          <Link href="/newsroom/audit" className="self-center text-sm underline">
            Clear
          </Link>
        </div>
      </form>
      <p role="status" className="mt-3 text-sm">
        {total} {total === 1 ? "event" : "events"}
      </p>
      <table className="mt-2 w-full text-left text-sm" data-testid="audit">
        <thead className="border-b border-neutral-300 text-xs uppercase tracking-wide dark:border-neutral-700">
          <tr>
            <th scope="col" className="py-2 pr-3">When</th>
            <th scope="col" className="py-2 pr-3">Who</th>
            <th scope="col" className="py-2 pr-3">Action</th>
            <th scope="col" className="py-2 pr-3">Item</th>
            <th scope="col" className="py-2 pr-3">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-b border-neutral-200 align-top dark:border-neutral-800">
              <td className="py-1.5 pr-3 whitespace-nowrap">{formatNewsroomTime(e.createdAt, timeZone)}</td>
              <td className="py-1.5 pr-3">{e.actor?.name ?? "Scheduler"}</td>
              <td className="py-1.5 pr-3 font-mono text-xs">{e.action}</td>
              <td className="py-1.5 pr-3">
                {e.entityType === "article" ? (
                  <Link href={`/newsroom/articles/${e.entityId}`} className="underline">
                    article {e.entityId}
                  </Link>
                ) : (
                  `${e.entityType} ${e.entityId}`
                )}
              </td>
              <td className="py-1.5 pr-3 font-mono text-xs break-all">{e.details ? JSON.stringify(e.details).slice(0, 300) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pagination page={page} pages={Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE))} href={(p) => pageHref("/newsroom/audit", p, keep)} />
    </>
  );
}
