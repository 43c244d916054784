// Structured data (schema.org JSON-LD) for articles, the home page and breadcrumbs, serialized so
// that text like "</script>" in a headline cannot close the script element.
import type { PublishedArticle } from "@/lib/data/articles";
import { articlePath, authorPath, sectionPath, absoluteUrl } from "@/lib/urls";

type Site = { name: string; url: string };
const abs = (path: string, site: Site) => absoluteUrl(path, site.url);

/** JSON for a <script type="application/ld+json">: "<", ">" and "&" become \\u escapes. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

export function organizationJsonLd(site: Site) {
  return { "@type": "NewsMediaOrganization", "@id": abs("/#organization", site), name: site.name, url: abs("/", site), logo: { "@type": "ImageObject", url: abs("/logo.png", site), width: 600, height: 60 } };
}

export function websiteJsonLd(site: Site) {
  return {
    "@context": "https://schema.org",
    "@graph": [
      organizationJsonLd(site),
      {
        "@type": "WebSite",
        "@id": abs("/#website", site),
        name: site.name,
        url: abs("/", site),
        publisher: { "@id": abs("/#organization", site) },
        potentialAction: { "@type": "SearchAction", target: { "@type": "EntryPoint", urlTemplate: `${abs("/search", site)}?q={search_term_string}` }, "query-input": "required name=search_term_string" },
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
        author: article.authors.map((a) => ({ "@type": "Person", name: a.name, url: abs(authorPath(a), site) })),
        publisher: organizationJsonLd(site),
        mainEntityOfPage: { "@type": "WebPage", "@id": url },
        articleSection: article.section.name,
        keywords: article.tags.map((t) => t.name).join(", "),
        inLanguage: "en",
        isAccessibleForFree: true,
        wordCount: article.wordCount,
      },
      {
        "@type": "BreadcrumbList",
        itemListElement: [
          { "@type": "ListItem", position: 1, name: site.name, item: abs("/", site) },
          { "@type": "ListItem", position: 2, name: article.section.name, item: abs(sectionPath(article.section), site) },
          { "@type": "ListItem", position: 3, name: article.headline, item: url },
        ],
      },
    ],
  };
}

/** Section and tag pages: a CollectionPage of the stories listed. */
export function collectionPageJsonLd(page: { name: string; path: string; description: string | null }, items: { id: number; slug: string; headline: string }[], site: Site) {
  return {
    "@context": "https://schema.org",
    "@type": "CollectionPage",
    "@id": abs(page.path, site),
    url: abs(page.path, site),
    name: page.name,
    description: page.description ?? undefined,
    isPartOf: { "@type": "WebSite", name: site.name, url: abs("/", site) },
    mainEntity: { "@type": "ItemList", itemListElement: items.map((a, i) => ({ "@type": "ListItem", position: i + 1, url: abs(articlePath(a), site), name: a.headline })) },
  };
}

/** Author pages: a ProfilePage whose main entity is the Person. */
export function profilePageJsonLd(author: { name: string; slug: string; bio: string | null; avatar: { src: string } | null }, site: Site) {
  const url = abs(authorPath(author), site);
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
