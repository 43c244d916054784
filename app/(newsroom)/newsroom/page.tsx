// The newsroom's article list: filter by status, section, author and text; sort; paginate.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireNewsroomUser } from "@/lib/auth/guards";
import { listBylineAuthors, listNewsroomArticles } from "@/lib/data/newsroom";
import { getSections } from "@/lib/data/sections";
import { parsePage } from "@/lib/pagination";
import { canSeeAllArticles } from "@/lib/permissions";
import { siteConfig } from "@/lib/site";
import { articlePath } from "@/lib/urls";
import { statusLabel } from "@/lib/workflow";
import { ARTICLE_STATUSES, newsroomFiltersSchema } from "@/lib/validations/newsroom";
import { Pagination, pageHref } from "@/components/site/pagination";
import { FilterInput, FilterSelect } from "@/components/newsroom/filter-fields";
import { Timestamp } from "@/components/site/timestamp";

export const metadata = { title: "Articles" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };


export default async function NewsroomArticlesPage({ searchParams }: Props) {
  const user = await requireNewsroomUser("/newsroom");
  const raw = await searchParams;
  const page = parsePage(raw.page);
  if (page === null) notFound();
  const filters = newsroomFiltersSchema.parse(raw);
  const [list, sections, authors] = await Promise.all([listNewsroomArticles(user, filters, page), getSections(), canSeeAllArticles(user) ? listBylineAuthors() : Promise.resolve([])]);
  const { timeZone } = siteConfig();
  const keep = { status: filters.status ?? undefined, language: filters.language ?? undefined, section: filters.section ?? undefined, author: filters.author ? String(filters.author) : undefined, q: filters.q || undefined, sort: filters.sort === "updated" ? undefined : filters.sort };

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{canSeeAllArticles(user) ? "All articles" : "My articles"}</h1>
        <Link href="/newsroom/articles/new" className="rounded bg-red-800 px-3 py-1.5 text-sm font-semibold text-white hover:bg-red-900">
          New article
        </Link>
      </div>
      <form method="get" className="mt-4 grid gap-3 rounded border border-neutral-200 p-3 sm:grid-cols-3 lg:grid-cols-6 dark:border-neutral-800">
        <FilterInput label="Headline contains" className="lg:col-span-2" type="search" name="q" defaultValue={filters.q} maxLength={200} />
        <FilterSelect label="Status" name="status" value={filters.status} any="Any status" options={ARTICLE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))} />
        <FilterSelect
          label="Language"
          name="language"
          value={filters.language}
          any="Any language"
          options={[
            { value: "en", label: "English" },
            { value: "ru", label: "Русский", lang: "ru" },
          ]}
        />
        <FilterSelect label="Section" name="section" value={filters.section} any="Any section" options={sections.map((s) => ({ value: s.slug, label: s.name }))} />
        {authors.length ? <FilterSelect label="Author" name="author" value={filters.author} any="Anyone" options={authors.map((a) => ({ value: a.id, label: a.name }))} /> : null}
        <FilterSelect
          label="Sort by"
          name="sort"
          value={filters.sort}
          options={[
            { value: "updated", label: "Last edited" },
            { value: "created", label: "Created" },
            { value: "published", label: "Published" },
            { value: "headline", label: "Headline" },
          ]}
        />
        <div className="flex items-end gap-2 sm:col-span-3 lg:col-span-6">
          <button type="submit" className="rounded bg-neutral-900 px-4 py-1.5 text-sm font-semibold text-white dark:bg-neutral-100 dark:text-neutral-900">
            Apply filters
          </button>
          <Link href="/newsroom" className="text-sm underline">
            Clear
          </Link>
        </div>
      </form>
      <p className="mt-4 text-sm text-neutral-600 dark:text-neutral-400" role="status">
        {list.total} {list.total === 1 ? "article" : "articles"}
      </p>
      {list.items.length ? (
        <div className="relative mt-2 overflow-x-auto">
          {/* On a phone each row becomes a card: the headline, then status, section, authors and time on a line. */}
          <table className="w-full text-left text-sm max-sm:block" data-testid="newsroom-articles">
            <thead className="border-b border-neutral-300 text-xs uppercase tracking-wide max-sm:sr-only dark:border-neutral-700">
              <tr>
                <th scope="col" className="py-2 pr-3">Headline</th>
                <th scope="col" className="py-2 pr-3">Status</th>
                <th scope="col" className="py-2 pr-3">Section</th>
                <th scope="col" className="py-2 pr-3">Authors</th>
                <th scope="col" className="py-2 pr-3">Last edited</th>
              </tr>
            </thead>
            <tbody className="max-sm:block">
              {list.items.map((a) => (
                <tr key={a.id} className="border-b border-neutral-200 align-top max-sm:block max-sm:py-2 dark:border-neutral-800">
                  <td className="py-2 pr-3 font-semibold max-sm:block max-sm:p-0">
                    {a.language !== "en" ? (
                      <span className="mr-2 rounded bg-neutral-200 px-1 text-xs font-bold uppercase dark:bg-neutral-800" title="Russian edition">
                        {a.language}
                      </span>
                    ) : null}
                    <Link href={`/newsroom/articles/${a.id}`} className="hover:underline" lang={a.language}>
                      {a.headline}
                    </Link>
                    {a.status === "PUBLISHED" ? (
                      <Link href={articlePath(a)} className="ml-2 text-xs font-normal text-neutral-600 underline dark:text-neutral-400">
                        view<span className="sr-only"> “{a.headline}” on the site</span>
                      </Link>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3 whitespace-nowrap max-sm:inline max-sm:p-0 max-sm:pr-2 max-sm:text-xs max-sm:after:ml-2 max-sm:after:content-['·']">
                    {statusLabel(a.status)}
                    {a.status === "SCHEDULED" && a.scheduledAt ? (
                      <span className="block text-xs text-neutral-600 dark:text-neutral-400">
                        for <Timestamp date={a.scheduledAt} timeZone={timeZone} />
                      </span>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3 max-sm:inline max-sm:p-0 max-sm:pr-2 max-sm:text-xs max-sm:after:ml-2 max-sm:after:content-['·']">{a.section}</td>
                  <td className="py-2 pr-3 max-sm:inline max-sm:p-0 max-sm:pr-2 max-sm:text-xs">{a.authors.join(", ")}</td>
                  <td className="py-2 pr-3 whitespace-nowrap max-sm:block max-sm:p-0 max-sm:text-xs max-sm:text-neutral-600 max-sm:dark:text-neutral-400">
                    <span className="sm:hidden">Edited </span>
                    <Timestamp date={a.updatedAt} timeZone={timeZone} />
                    {a.lastEditedBy ? <span className="block text-xs text-neutral-600 max-sm:inline dark:text-neutral-400"> by {a.lastEditedBy}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-6">No articles match these filters.</p>
      )}
      <Pagination page={list.page} pages={list.pages} href={(p) => pageHref("/newsroom", p, keep)} />
    </>
  );
}
