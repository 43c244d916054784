// Search (/search, /ru/search): ?q=…&section=…&from=YYYY-MM-DD&to=YYYY-MM-DD&sort=relevance|newest&page=N
// over the edition's own stories, with its language's text search configuration.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { searchArticles, normalizeQuery } from "@/lib/data/search";
import { getSections } from "@/lib/data/sections";
import { parsePage } from "@/lib/pagination";
import { parseSearchParams } from "@/lib/validations/search";
import { siteConfig } from "@/lib/site";
import { articlePath, searchPath } from "@/lib/urls";
import { dictionary } from "@/lib/i18n/dictionary";
import type { Edition } from "@/lib/i18n/editions";
import { sectionName } from "@/lib/i18n/sections";
import { Highlighted } from "@/components/site/highlighted";
import { Pagination, pageHref } from "@/components/site/pagination";
import { Timestamp } from "@/components/site/timestamp";

export type SearchPageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function searchMetadata({ searchParams }: SearchPageProps, edition: Edition): Promise<Metadata> {
  const q = normalizeQuery(parseSearchParams(await searchParams).q);
  // Result pages are endless and thin: keep them out of search engines.
  return { title: dictionary(edition).searchTitle(q), robots: { index: false, follow: true } };
}

const input = "mt-1 block w-full rounded border border-neutral-300 bg-white px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";

export async function SearchPage({ searchParams, edition }: SearchPageProps & { edition: Edition }) {
  const raw = await searchParams;
  const page = parsePage(raw.page);
  if (page === null) notFound();
  const params = parseSearchParams(raw);
  const q = normalizeQuery(params.q);
  const [sections, result] = await Promise.all([
    getSections(),
    searchArticles({ q, section: params.section, from: params.from, to: params.to, sort: params.sort, page, edition }),
  ]);
  const { timeZone } = siteConfig();
  const t = dictionary(edition);
  const keep = { q, section: params.section ?? undefined, from: params.fromText || undefined, to: params.toText || undefined, sort: params.sort === "newest" ? "newest" : undefined };

  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-serif text-4xl font-bold">{t.search}</h1>
      <form action={searchPath(edition)} method="get" role="search" className="mt-6 grid gap-4 rounded border border-neutral-200 p-4 md:grid-cols-6 dark:border-neutral-800">
        <label className="md:col-span-6">
          <span className="text-sm font-semibold">{t.wordsToFind}</span>
          <input type="search" name="q" defaultValue={q} maxLength={200} placeholder={t.searchExample} className={input} />
        </label>
        <label className="md:col-span-2">
          <span className="text-sm font-semibold">{t.section}</span>
          <select name="section" defaultValue={params.section ?? ""} className={input}>
            <option value="">{t.allSections}</option>
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {sectionName(s, edition)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="text-sm font-semibold">{t.from}</span>
          <input type="date" name="from" defaultValue={params.fromText} className={input} />
        </label>
        <label>
          <span className="text-sm font-semibold">{t.to}</span>
          <input type="date" name="to" defaultValue={params.toText} className={input} />
        </label>
        <label>
          <span className="text-sm font-semibold">{t.sortBy}</span>
          <select name="sort" defaultValue={params.sort} className={input}>
            <option value="relevance">{t.relevance}</option>
            <option value="newest">{t.newest}</option>
          </select>
        </label>
        <div className="flex items-end">
          <button type="submit" className="w-full rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900">
            {t.search}
          </button>
        </div>
      </form>
      {params.badDates ? <p role="status" className="mt-3 text-sm text-red-800 dark:text-red-300">{t.badDates}</p> : null}

      {!q ? (
        <p className="mt-8 text-neutral-700 dark:text-neutral-300">{t.searchHelp}</p>
      ) : result.total === 0 ? (
        <div className="mt-8" role="status">
          <h2 className="text-xl font-semibold">{t.noResultsFor(q)}</h2>
          <p className="mt-2 text-neutral-700 dark:text-neutral-300">{t.noResultsHelp}</p>
        </div>
      ) : (
        <section aria-labelledby="results" className="mt-8">
          <h2 id="results" className="text-sm text-neutral-600 dark:text-neutral-400" role="status">
            {result.more ? t.moreResultsFor(result.total, q) : t.resultsFor(result.total, q)}
          </h2>
          {/* One class on the list styles every result (app/globals.css, .search-results): twenty
              results would otherwise repeat the same utility classes in the HTML and again in the
              RSC payload. */}
          <ol data-testid="search-results" className="search-results">
            {result.hits.map((hit) => (
              <li key={hit.id}>
                <article>
                  <p className="search-section">{hit.section.name}</p>
                  <h3>
                    <Link prefetch={false} href={articlePath(hit)}>{hit.headline}</Link>
                  </h3>
                  <p className="search-snippet">
                    <Highlighted text={hit.snippet} />
                  </p>
                  <Timestamp date={hit.publishedAt} timeZone={timeZone} edition={edition} />
                </article>
              </li>
            ))}
          </ol>
          <Pagination page={result.page} pages={result.pages} href={(p) => pageHref(searchPath(edition), p, keep)} edition={edition} />
        </section>
      )}
    </div>
  );
}
