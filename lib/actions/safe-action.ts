// The one shape of every server action: check the session (for authed actions), validate the
// input with the form's zod schema, then call the data layer. Expected failures come back as
// values ({ ok: false, errors }) keyed by field, with "form" for form-level messages.
// Messages are in the edition of the request (proxy.ts sets it from the URL path the action was
// posted to, i.e. the page the form is on): it only picks words, never what an action may do.
import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { fieldErrors } from "@/lib/validations/account";
import { accountMessages } from "@/lib/i18n/account-messages";
import { requestEdition } from "@/lib/i18n/request";
import type { Edition } from "@/lib/i18n/editions";

export type ActionResult = { ok: true; message?: string } | { ok: false; errors: Record<string, string> };

export const SESSION_ENDED: ActionResult = { ok: false, errors: { form: accountMessages("en").sessionEnded } };

export function sessionEnded(edition: Edition): ActionResult {
  return { ok: false, errors: { form: accountMessages(edition).sessionEnded } };
}

/** A schema, or the same schema built with an edition's messages (lib/validations/account.ts accountSchemas). */
type SchemaFor<S extends z.ZodType> = S | ((edition: Edition) => S);

function schemaIn<S extends z.ZodType>(schema: SchemaFor<S>, edition: Edition): S {
  return typeof schema === "function" ? schema(edition) : schema;
}

export function publicAction<S extends z.ZodType>(schema: SchemaFor<S>, fn: (data: z.output<S>, edition: Edition) => Promise<ActionResult>) {
  return async (input: unknown): Promise<ActionResult> => {
    const edition = await requestEdition();
    const parsed = schemaIn(schema, edition).safeParse(input);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
    return fn(parsed.data, edition);
  };
}

export function authedAction<S extends z.ZodType>(schema: SchemaFor<S>, fn: (user: CurrentUser, data: z.output<S>, edition: Edition) => Promise<ActionResult>) {
  return async (input: unknown): Promise<ActionResult> => {
    const edition = await requestEdition();
    const user = await getCurrentUser();
    if (!user) return sessionEnded(edition);
    const parsed = schemaIn(schema, edition).safeParse(input);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
    return fn(user, parsed.data, edition);
  };
}
