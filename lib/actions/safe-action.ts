// The one shape of every server action: check the session (for authed actions), validate the
// input with the form's zod schema, then call the data layer. Expected failures come back as
// values ({ ok: false, errors }) keyed by field, with "form" for form-level messages.
import "server-only";
import type { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { fieldErrors } from "@/lib/validations/account";

export type ActionResult = { ok: true; message?: string } | { ok: false; errors: Record<string, string> };

export const SESSION_ENDED: ActionResult = { ok: false, errors: { form: "Your session has ended. Sign in again." } };

export function publicAction<S extends z.ZodType>(schema: S, fn: (data: z.output<S>) => Promise<ActionResult>) {
  return async (input: unknown): Promise<ActionResult> => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
    return fn(parsed.data);
  };
}

export function authedAction<S extends z.ZodType>(schema: S, fn: (user: CurrentUser, data: z.output<S>) => Promise<ActionResult>) {
  return async (input: unknown): Promise<ActionResult> => {
    const user = await getCurrentUser();
    if (!user) return SESSION_ENDED;
    const parsed = schema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: fieldErrors(parsed.error) };
    return fn(user, parsed.data);
  };
}
