// /og/news/{id}.png: the generated Open Graph card of a live article (headline, section, brand).
import { getArticleOgCard } from "@/lib/data/og-cards";
import { ogImageResponse, pngName } from "@/lib/og-image";
import { siteConfig } from "@/lib/site";
import { parseArticleRef } from "@/lib/urls";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = pngName((await params).file);
  const ref = name === null ? null : parseArticleRef(name);
  if (!ref || ref.slug) return new Response("Not found", { status: 404 });
  const card = await getArticleOgCard(ref.id);
  if (!card) return new Response("Not found", { status: 404 });
  const { name: brand, url } = siteConfig();
  return ogImageResponse({ brand, kicker: card.section, title: card.headline, host: new URL(url).host });
}
