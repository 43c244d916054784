// Shared route-param handling for paginated list pages (section, tag, author): a bad slug, a bad
// page number or an unknown entity is a 404 before any list query runs.
import "server-only";
import { notFound } from "next/navigation";
import { parsePage } from "@/lib/pagination";
import { isSlug } from "@/lib/urls";

export async function resolveListPage<T>(
  slugParam: Promise<string>,
  searchParams: Promise<{ page?: string | string[] }>,
  find: (slug: string) => Promise<T | null>,
): Promise<{ entity: T; page: number }> {
  const [slug, { page: rawPage }] = await Promise.all([slugParam, searchParams]);
  const page = parsePage(rawPage);
  if (!isSlug(slug) || page === null) notFound();
  const entity = await find(slug);
  if (!entity) notFound();
  return { entity, page };
}
