// Structured data (schema.org JSON-LD) for articles, the home page and breadcrumbs, serialized so
// that text like "</script>" in a headline cannot close the script element.
import type { PublishedArticle } from "@/lib/data/articles";
import { articlePath, authorPath, sectionPath, absoluteUrl, homePath, searchPath } from "@/lib/urls";
import { EDITION_META, type Edition } from "@/lib/i18n/editions";

type Site = { name: string; url: string };
const abs = (path: string, site: Site) => absoluteUrl(path, site.url);

/** JSON for a <script type="application/ld+json">: "<", ">" and "&" become \\u escapes. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function organizationJsonLd(site: Site) {
  return { "@type": "NewsMediaOrganization", "@id": abs("/#organization", site), name: site.name, url: abs("/", site), logo: { "@type": "ImageObject", url: abs("/logo.png", site), width: 600, height: 60 } };
}

/** The home page's graph; each edition is its own WebSite (in its language) of the one organization. */
export function websiteJsonLd(site: Site, edition: Edition = "en") {
  const home = abs(homePath(edition), site);
  return {
    "@context": "https://schema.org",
    "@graph": [
      organizationJsonLd(site),
      {
        "@type": "WebSite",
        "@id": edition === "en" ? abs("/#website", site) : `${home}#website`,
        name: site.name,
        url: home,
        inLanguage: EDITION_META[edition].htmlLang,
        publisher: { "@id": abs("/#organization", site) },
        potentialAction: { "@type": "SearchAction", target: { "@type": "EntryPoint", urlTemplate: `${abs(searchPath(edition), site)}?q={search_term_string}` }, "query-input": "required name=search_term_string" },
      },
    ],
  };
}

export function articleJsonLd(article: PublishedArticle, site: Site) {
  const url = abs(articlePath(article), site);
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "NewsArticle",
        "@id": `${url}#article`,
        headline: article.headline.slice(0, 110),
        description: article.standfirst,
        image: article.image ? [{ "@type": "ImageObject", url: abs(article.image.src, site), width: article.image.width, height: article.image.height }] : undefined,
        datePublished: article.publishedAt.toISOString(),
        dateModified: article.updatedAt.toISOString(),
        author: article.authors.map((a) => ({ "@type": "Person", name: a.name, url: abs(authorPath(a, article.language), site) })),
        publisher: organizationJsonLd(site),
        mainEntityOfPage: { "@type": "WebPage", "@id": url },
        articleSection: article.section.name,
        keywords: article.tags.map((t) => t.name).join(", "),
        inLanguage: EDITION_META[article.language].htmlLang,
        isAccessibleForFree: true,
        wordCount: article.wordCount,
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: site.name, item: abs(homePath(article.language), site) },
          { "@type": "ListItem", position: 2, name: article.section.name, item: abs(sectionPath(article.section, article.language), site) },
          { "@type": "ListItem", position: 3, name: article.headline, item: url },
        ],
      },
    ],
  };
}

/** Section and tag pages: a CollectionPage of the stories listed. */
export function collectionPageJsonLd(page: { name: string; path: string; description: string | null }, items: { id: number; slug: string; language: string; headline: string }[], site: Site, edition: Edition = "en") {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    "@id": abs(page.path, site),
    url: abs(page.path, site),
    name: page.name,
    description: page.description ?? undefined,
    inLanguage: EDITION_META[edition].htmlLang,
    isPartOf: { "@type": "WebSite", name: site.name, url: abs(homePath(edition), site) },
    mainEntity: { "@type": "ItemList", itemListElement: items.map((a, i) => ({ "@type": "ListItem", position: i + 1, url: abs(articlePath(a), site), name: a.headline })) },
  };
}

/** Author pages: a ProfilePage whose main entity is the Person. */
export function profilePageJsonLd(author: { name: string; slug: string; bio: string | null; avatar: { src: string } | null }, site: Site, edition: Edition = "en") {
  const url = abs(authorPath(author, edition), site);
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    "@id": url,
    url,
    mainEntity: { "@type": "Person", name: author.name, url, description: author.bio ?? undefined, image: author.avatar ? abs(author.avatar.src, site) : undefined, worksFor: { "@type": "NewsMediaOrganization", name: site.name, url: abs("/", site) } },
  };
}

export function JsonLd({ data }: { data: unknown }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
