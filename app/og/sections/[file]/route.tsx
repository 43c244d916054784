// /og/sections/{slug}.png: the generated Open Graph card of a section front.
import { getSectionBySlug } from "@/lib/data/lists";
import { ogImageResponse, pngName } from "@/lib/og-image";
import { siteConfig } from "@/lib/site";
import { isSlug } from "@/lib/urls";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const slug = pngName((await params).file);
  const section = slug !== null && isSlug(slug) ? await getSectionBySlug(slug) : null;
  if (!section) return new Response("Not found", { status: 404 });
  const { name: brand, url } = siteConfig();
  return ogImageResponse({ brand, kicker: section.name, title: section.description ?? `The latest ${section.name} news from ${brand}`, host: new URL(url).host });
}
