"use client";
// Form plumbing for account forms: validate with the form's zod schema in the browser (the action
// validates again with the same schema), call the server action, and show errors beside the
// fields with the typed values kept. Form-level errors carry data-testid="form-error". Every form
// gets its page's edition and takes its words from lib/i18n/account-messages.ts.
import { useId, useState, useTransition, type FormEvent, type InputHTMLAttributes, type ReactNode } from "react";
import type { z } from "zod";
import { fieldErrors, PASSWORD_MAX, passwordRules } from "@/lib/validations/account";
import { accountMessages } from "@/lib/i18n/account-messages";
import type { Edition } from "@/lib/i18n/editions";
import type { ActionResult } from "@/lib/actions/safe-action";
import { useHydrated } from "@/components/site/use-hydrated";

export const inputClass = "mt-1 block w-full rounded border border-neutral-300 bg-white px-3 py-2 dark:border-neutral-700 dark:bg-neutral-900";
export const buttonClass = "rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60";

export function useActionForm(edition: Edition, schema: z.ZodType, action: (input: unknown) => Promise<ActionResult>, onSuccess?: (result: ActionResult) => void) {
  const [errors, setErrors] = useState<Record<string, string>>({});
  // Until hydrated a submit would go to the browser, not to onSubmit: forms keep it disabled.
  const hydrated = useHydrated();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const data = Object.fromEntries(new FormData(form));
    const parsed = schema.safeParse(data);
    if (!parsed.success) {
      setErrors(fieldErrors(parsed.error));
      setMessage(null);
      form.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    startTransition(async () => {
      const result: ActionResult = await action(data).catch(() => ({ ok: false, errors: { form: accountMessages(edition).couldNotReach } }));
      if (result.ok) {
        setErrors({});
        setMessage(result.message ?? null);
        // Passwords are never kept in the form once they have done their job.
        form.querySelectorAll<HTMLInputElement>("input[type=password]").forEach((input) => (input.value = ""));
        onSuccess?.(result);
      } else {
        setErrors(result.errors);
        setMessage(null);
      }
    });
  }

  return { errors, message, pending, hydrated, onSubmit };
}

export function FormMessages({ errors, message }: { errors: Record<string, string>; message: string | null }) {
  return (
    <>
      {errors.form ? (
        <p role="alert" data-testid="form-error" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          {errors.form}
        </p>
      ) : null}
      {message ? (
        <p role="status" data-testid="form-success" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-sm text-green-900 dark:border-green-800 dark:bg-green-950 dark:text-green-100">
          {message}
        </p>
      ) : null}
    </>
  );
}

type FieldProps = { label: string; name: string; error?: string; hint?: ReactNode } & Omit<InputHTMLAttributes<HTMLInputElement>, "name">;

export function Field({ label, name, error, hint, ...input }: FieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div>
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
      </label>
      <input id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={inputClass} {...input} />
      {hint ? (
        <div id={`${id}-hint`} className="mt-1 text-sm text-neutral-600 dark:text-neutral-400">
          {hint}
        </div>
      ) : null}
      {error ? (
        <p id={`${id}-error`} data-testid={`error-${name}`} className="mt-1 text-sm font-semibold text-red-800 dark:text-red-300">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** A new password's field (`name="password"`), with the password rules spelled out beneath it. */
export function NewPasswordField({ label, error, edition }: { label: string; error: string | undefined; edition: Edition }) {
  return (
    <Field
      label={label}
      name="password"
      type="password"
      autoComplete="new-password"
      required
      maxLength={PASSWORD_MAX}
      error={error}
      hint={
        <ul className="list-disc pl-5">
          {passwordRules(edition).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      }
    />
  );
}
