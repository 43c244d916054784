// Media library input: the metadata form (shared by the upload and edit forms and their actions)
// and the list's URL filters.
import { z } from "zod";

export const MEDIA_LIMITS = { alt: 300, caption: 1000, credit: 200, source: 500 } as const;

const optionalText = (max: number, label: string) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, `${label} can be at most ${max} characters`)
    .transform((v) => v || null);

export const mediaFieldsSchema = z.object({
  alt: z
    .string({ error: "Describe the image (alt text is required)" })
    .trim()
    .min(1, "Describe the image for readers who cannot see it (alt text is required)")
    .max(MEDIA_LIMITS.alt, `Alt text can be at most ${MEDIA_LIMITS.alt} characters`),
  caption: optionalText(MEDIA_LIMITS.caption, "The caption"),
  credit: optionalText(MEDIA_LIMITS.credit, "The credit"),
  source: optionalText(MEDIA_LIMITS.source, "The source"),
});

export type MediaFields = z.input<typeof mediaFieldsSchema>;
export type MediaInput = z.output<typeof mediaFieldsSchema>;
export type MediaFieldErrors = Partial<Record<keyof MediaFields | "file", string>>;

export function mediaFieldErrors(error: z.ZodError): MediaFieldErrors {
  const out: MediaFieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path[0] as keyof MediaFieldErrors;
    out[key] ??= issue.message;
  }
  return out;
}

// Ids arrive as numbers from client code or digits from a URL; nothing else converts.
export const mediaIdSchema = z.preprocess((v) => (typeof v === "string" && /^[0-9]{1,10}$/.test(v) ? Number(v) : v), z.number().int().positive().max(2_147_483_647));

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
export const mediaFiltersSchema = z.object({
  q: z.preprocess(one, z.string().max(200).catch("")).default(""),
});
