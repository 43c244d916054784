// Search URL parameters. Bad filters are dropped (and reported), never an error page.
import { z } from "zod";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

function day(value: unknown): Date | null {
  if (typeof value !== "string" || !isoDay.test(value)) return null;
  const date = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value ? null : date;
}

export const searchParamsSchema = z.object({
  q: z.preprocess(one, z.string().catch("")).default(""),
  section: z.preprocess(one, z.string().regex(/^[a-z0-9-]{1,100}$/).nullable().catch(null)).default(null),
  from: z.preprocess(one, z.string().nullable().catch(null)).default(null),
  to: z.preprocess(one, z.string().nullable().catch(null)).default(null),
  sort: z.preprocess(one, z.enum(["relevance", "newest"]).catch("relevance")).default("relevance"),
});

export type ParsedSearch = { q: string; section: string | null; from: Date | null; to: Date | null; fromText: string; toText: string; sort: "relevance" | "newest"; badDates: boolean };

export function parseSearchParams(raw: Record<string, string | string[] | undefined>): ParsedSearch {
  const p = searchParamsSchema.parse(raw);
  const from = p.from ? day(p.from) : null;
  const toDay = p.to ? day(p.to) : null;
  // "to" is inclusive for readers: stories up to the end of that day.
  const to = toDay ? new Date(toDay.getTime() + 86_400_000) : null;
  return {
    q: p.q,
    section: p.section,
    from,
    to,
    fromText: from ? p.from! : "",
    toText: toDay ? p.to! : "",
    sort: p.sort,
    badDates: Boolean((p.from && !from) || (p.to && !toDay)),
  };
}
