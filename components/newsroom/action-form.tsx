"use client";
// A small form over a server action (useActionState): labelled fields, errors beside them, a
// message for the whole form, and what was typed kept on failure. Works without JavaScript too.
import { useActionState, useId, useState } from "react";
import { ADMIN_FORM_SCHEMAS, issuesByField, type AdminFormSchema, type FormState } from "@/lib/validations/admin";

export type Field = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "select" | "hidden" | "textarea";
  options?: { value: string; label: string }[];
  defaultValue?: string;
  required?: boolean;
  maxLength?: number;
  autoComplete?: string;
  hideLabel?: boolean;
};

const input = "mt-1 block w-full rounded border border-neutral-400 bg-white px-2 py-1.5 text-sm dark:border-neutral-600 dark:bg-neutral-950 aria-[invalid=true]:border-red-700";

export function ActionForm({
  action,
  fields,
  submit,
  label,
  inline = false,
  danger = false,
  confirm,
  schema,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  fields: Field[];
  submit: string;
  label: string;
  inline?: boolean;
  danger?: boolean;
  confirm?: string;
  /** The zod schema the server action uses: checked here first, errors shown beside the fields. */
  schema?: AdminFormSchema;
}) {
  const [serverState, formAction, pending] = useActionState(action, null);
  const [clientState, setClientState] = useState<FormState>(null);
  const state = clientState ?? serverState;
  const uid = useId();
  return (
    <form
      action={formAction}
      noValidate
      aria-label={label}
      className={inline ? "flex flex-wrap items-end gap-2" : "space-y-3"}
      onSubmit={(e) => {
        setClientState(null);
        if (schema) {
          const values = Object.fromEntries([...new FormData(e.currentTarget).entries()].filter(([, v]) => typeof v === "string")) as Record<string, string>;
          const parsed = ADMIN_FORM_SCHEMAS[schema].safeParse(values);
          if (!parsed.success) {
            e.preventDefault();
            const kept = Object.fromEntries(Object.entries(values).filter(([k]) => k !== "password"));
            setClientState({ ok: false, message: "Please correct the marked fields.", fields: issuesByField(parsed.error), values: kept });
            return;
          }
        }
        if (confirm && !window.confirm(confirm)) e.preventDefault();
      }}
    >
      {fields.map((f) => {
        const id = `${uid}-${f.name}`;
        const error = state?.fields?.[f.name];
        const common = { id, name: f.name, defaultValue: f.type === "password" ? undefined : (state?.values?.[f.name] ?? f.defaultValue), required: f.required, "aria-invalid": error ? true : undefined, "aria-describedby": error ? `${id}-error` : undefined };
        if (f.type === "hidden") return <input key={f.name} type="hidden" name={f.name} value={f.defaultValue} />;
        return (
          <div key={f.name} className={inline ? "min-w-32" : ""}>
            <label htmlFor={id} className={f.hideLabel ? "sr-only" : "text-sm font-semibold"}>
              {f.label}
            </label>
            {f.type === "select" ? (
              <select {...common} className={input}>
                {f.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : f.type === "textarea" ? (
              <textarea {...common} rows={2} maxLength={f.maxLength} className={input} />
            ) : (
              <input {...common} type={f.type ?? "text"} maxLength={f.maxLength} autoComplete={f.autoComplete} className={input} />
            )}
            {error ? (
              <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-300" data-testid="field-error">
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <button type="submit" disabled={pending} className={`rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-50 ${danger ? "border border-red-800 text-red-800 dark:border-red-300 dark:text-red-300" : "bg-neutral-900 text-white dark:bg-neutral-100 dark:text-neutral-900"}`}>
        {submit}
      </button>
      {state?.message ? (
        <p role={state.ok ? "status" : undefined} data-testid={state.ok ? "form-ok" : "form-error"} className={`text-sm ${state.ok ? "text-green-800 dark:text-green-300" : "text-red-800 dark:text-red-300"}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
