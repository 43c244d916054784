// The article form, validated by the same schema in the browser (beside each field, before a
// save is sent) and on the server (which trusts nothing the browser sent).
import { z } from "zod";
import { validateDoc } from "@/lib/rich-text";
import { EDITIONS } from "@/lib/i18n/editions";

const id = z.number({ error: "Choose one" }).int().positive().max(2_147_483_647);

export const articleFieldsSchema = z.object({
  headline: z.string({ error: "Write a headline" }).trim().min(1, "Write a headline").max(200, "Keep the headline under 200 characters"),
  standfirst: z.string().trim().max(400, "Keep the standfirst under 400 characters"),
  slug: z
    .string()
    .trim()
    .max(80, "Keep the slug under 80 characters")
    .regex(/^([a-z0-9]+(-[a-z0-9]+)*)?$/, "Use lower-case letters, digits and single hyphens"),
  /** The edition the story appears in; absent (older clients, tests): English. */
  language: z.enum(EDITIONS, { error: "Choose English or Russian" }).default("en"),
  sectionId: id,
  tags: z.array(z.string().trim().min(1, "Empty tag").max(60, "Keep tags under 60 characters")).max(20, "At most 20 tags"),
  authorIds: z.array(id).min(1, "Add at least one author").max(10, "At most 10 authors"),
  leadMediaId: id.nullable(),
  seoTitle: z.string().trim().max(70, "Search titles are cut off after about 70 characters"),
  seoDescription: z.string().trim().max(200, "Keep the description under 200 characters"),
  breaking: z.boolean(),
  body: z.unknown().transform((doc, ctx) => {
    const result = validateDoc(doc);
    if (!result.ok) {
      ctx.addIssue({ code: "custom", message: result.error });
      return z.NEVER;
    }
    return result.doc;
  }),
});

export type ArticleFields = z.input<typeof articleFieldsSchema>;
export type ArticleInput = z.output<typeof articleFieldsSchema>;
export type FieldErrors = Partial<Record<keyof ArticleFields | "form", string>>;

/** First message per field, for showing beside the inputs. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = (typeof issue.path[0] === "string" && issue.path[0] in articleFieldsSchema.shape ? issue.path[0] : "form") as keyof FieldErrors;
    out[key] ??= issue.message;
  }
  return out;
}

/** A publish or schedule time from a datetime-local value; the server checks it is in the future. */
export const scheduleSchema = z.object({
  at: z.iso.datetime({ offset: true, error: "Choose a valid date and time" }),
});
