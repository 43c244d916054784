// Newsroom list filters from the URL. Unknown values fall back to "any"; they never error.
import { z } from "zod";
import { EDITIONS } from "@/lib/i18n/editions";

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);

export const ARTICLE_STATUSES = ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"] as const;
export const NEWSROOM_SORTS = ["updated", "created", "published", "headline"] as const;

export const newsroomFiltersSchema = z.object({
  status: z.preprocess(one, z.enum(ARTICLE_STATUSES).nullable().catch(null)).default(null),
  language: z.preprocess(one, z.enum(EDITIONS).nullable().catch(null)).default(null),
  section: z.preprocess(one, z.string().regex(/^[a-z0-9-]{1,100}$/).nullable().catch(null)).default(null),
  author: z.preprocess(one, z.coerce.number().int().positive().max(2_147_483_647).nullable().catch(null)).default(null),
  q: z.preprocess(one, z.string().max(200).catch("")).default(""),
  sort: z.preprocess(one, z.enum(NEWSROOM_SORTS).catch("updated")).default("updated"),
});

export type NewsroomFilters = z.infer<typeof newsroomFiltersSchema>;
