// Renders lib/diff.ts output: removed words struck through, added words marked. Used by the
// revisions page (two saved versions) and the editor's conflict panel (their saved text against
// the unsaved text on screen).
import { diffText, diffWords, type DiffPart } from "@/lib/diff";

export function DiffParts({ parts }: { parts: DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.kind === "added" ? (
          <ins key={i} className="bg-green-100 text-green-950 no-underline dark:bg-green-950 dark:text-green-100">
            {p.text}
          </ins>
        ) : p.kind === "removed" ? (
          <del key={i} className="bg-red-100 text-red-950 dark:bg-red-950 dark:text-red-100">
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}

/** Field-by-field word diffs (only the fields that differ), then the body paragraph by paragraph. */
export function FieldsAndBodyDiff({ before, after, labels, onlyChanges = false }: { before: { fields: Record<string, string>; text: string }; after: { fields: Record<string, string>; text: string }; labels?: Record<string, string>; onlyChanges?: boolean }) {
  const changed = Object.keys(after.fields).filter((k) => (before.fields[k] ?? "") !== (after.fields[k] ?? ""));
  const sameBody = before.text === after.text;
  const blocks = onlyChanges && sameBody ? [] : diffText(before.text, after.text);
  return (
    <div className="[overflow-wrap:anywhere]">
      {changed.length ? (
        <dl className="mt-3 space-y-2 text-sm">
          {changed.map((k) => (
            <div key={k}>
              <dt className="font-semibold">{labels?.[k] ?? k}</dt>
              <dd>
                <DiffParts parts={diffWords(before.fields[k] ?? "", after.fields[k] ?? "")} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
      {onlyChanges && sameBody ? <p className="mt-2 text-sm">The body is the same.</p> : null}
      {blocks.length ? (
        <div className="article-body mt-4 rounded border border-neutral-200 p-4 dark:border-neutral-800">
          {blocks.map((block, i) => (
            <p key={i} className={block.kind === "same" ? "text-neutral-600 dark:text-neutral-400" : ""}>
              <DiffParts parts={block.parts} />
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}
