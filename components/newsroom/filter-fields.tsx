// Fields of the newsroom's GET filter forms (articles, audit log, users): a labelled select with
// an "any" choice, and a labelled input, in one style.
import type { InputHTMLAttributes } from "react";

export const filterInput = "mt-1 block w-full rounded border border-neutral-300 bg-white px-2 py-1.5 text-sm dark:border-neutral-700 dark:bg-neutral-900";

/** `lang` marks a label in another language (e.g. "Русский"), for screen readers. */
type Option = { value: string | number; label: string; lang?: string };

/** A select named `name`; `any` is the label of the empty choice (no filter), omitted when absent. */
export function FilterSelect({ label, name, value, any, options, className }: { label: string; name: string; value: string | number | null | undefined; any?: string; options: readonly Option[]; className?: string }) {
  return (
    <label className={className}>
      <span className="text-xs font-semibold">{label}</span>
      <select name={name} defaultValue={value == null ? "" : String(value)} className={filterInput}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function FilterInput({ label, className, ...input }: { label: string; className?: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "className">) {
  return (
    <label className={className}>
      <span className="text-xs font-semibold">{label}</span>
      <input {...input} className={filterInput} />
    </label>
  );
}
