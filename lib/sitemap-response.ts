// Sitemap XML responses: the index, chunked article sitemaps (streamed), Google News, and lists.
import "server-only";
import { articlesInChunk, chunkHasArticles, listArticleChunks, listNewsArticles, listTaxonomyEntries } from "@/lib/data/sitemaps";
import { xmlEscape } from "@/lib/feed-xml";
import { env } from "@/lib/env";
import { siteConfig } from "@/lib/site";
import { articlePath, authorPath, sectionPath, tagPath, absoluteUrl } from "@/lib/urls";
import { editionOf } from "@/lib/i18n/editions";

const HEADERS = { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300, s-maxage=1, stale-while-revalidate=1" };
const notFound = () => new Response("Not found", { status: 404 });

function abs(path: string): string {
  return xmlEscape(absoluteUrl(path, siteConfig().url));
}

const url = (loc: string, lastmod: Date | null, extra = "") => `<url><loc>${loc}</loc>${lastmod ? `<lastmod>${lastmod.toISOString()}</lastmod>` : ""}${extra}</url>\n`;

export async function sitemapIndexResponse(): Promise<Response> {
  const chunks = await listArticleChunks(env().SITEMAP_CHUNK_SIZE);
  const entries = [
    ...["pages", "sections", "tags", "authors", "news"].map((name) => `<sitemap><loc>${abs(`/sitemaps/${name}.xml`)}</loc></sitemap>`),
    ...chunks.map((c) => `<sitemap><loc>${abs(`/sitemaps/articles-${c.chunk}.xml`)}</loc><lastmod>${c.lastmod.toISOString()}</lastmod></sitemap>`),
  ];
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join("\n")}\n</sitemapindex>\n`, { headers: HEADERS });
}

function articleChunkResponse(chunk: number): Response {
  const chunkSize = env().SITEMAP_CHUNK_SIZE;
  const encoder = new TextEncoder();
  const batches = articlesInChunk(chunk, chunkSize);
  // Streamed batch by batch: memory stays flat however large a chunk is.
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:image="http://www.google.com/schemas/sitemap-image/1.1">\n`));
    },
    async pull(controller) {
      const next = await batches.next();
      if (next.done) {
        controller.enqueue(encoder.encode("</urlset>\n"));
        controller.close();
        return;
      }
      const xml = next.value
        .map((a) => url(abs(articlePath(a)), a.updatedAt, a.image ? `<image:image><image:loc>${abs(a.image.src)}</image:loc></image:image>` : ""))
        .join("");
      controller.enqueue(encoder.encode(xml));
    },
  });
  return new Response(stream, { headers: HEADERS });
}

async function newsResponse(): Promise<Response> {
  const { name } = siteConfig();
  const items = await listNewsArticles();
  const body = items
    .map(
      (a) =>
        `<url><loc>${abs(articlePath(a))}</loc><news:news><news:publication><news:name>${xmlEscape(name)}</news:name><news:language>${xmlEscape(a.language)}</news:language></news:publication><news:publication_date>${a.publishedAt!.toISOString()}</news:publication_date><news:title>${xmlEscape(a.headline)}</news:title></news:news></url>`,
    )
    .join("\n");
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n${body}\n</urlset>\n`, { headers: HEADERS });
}

async function listResponse(kind: "pages" | "sections" | "tags" | "authors"): Promise<Response> {
  let body = "";
  if (kind === "pages") {
    const [newest] = await listArticleChunks(env().SITEMAP_CHUNK_SIZE).then((c) => c.sort((a, b) => b.lastmod.getTime() - a.lastmod.getTime()));
    body = url(abs("/"), newest?.lastmod ?? null) + url(abs("/ru"), null) + url(abs("/about"), null);
  } else {
    const path = kind === "sections" ? sectionPath : kind === "tags" ? tagPath : authorPath;
    body = (await listTaxonomyEntries(kind)).map((e) => url(abs(path(e, editionOf(e.language))), e.lastmod)).join("");
  }
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}</urlset>\n`, { headers: HEADERS });
}

/** /sitemaps/{name}.xml */
export async function sitemapResponse(name: string): Promise<Response> {
  const match = /^(pages|sections|tags|authors|news|articles-([1-9][0-9]{0,6}))\.xml$/.exec(name);
  if (!match) return notFound();
  if (match[2]) {
    const chunk = Number(match[2]);
    if (!(await chunkHasArticles(chunk, env().SITEMAP_CHUNK_SIZE))) return notFound();
    return articleChunkResponse(chunk);
  }
  if (match[1] === "news") return newsResponse();
  return listResponse(match[1] as "pages" | "sections" | "tags" | "authors");
}
