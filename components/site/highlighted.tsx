// Renders a search snippet whose matches are wrapped in control-character markers as <mark>s.
// Everything else stays text, so an article containing HTML can never inject markup here.
import { MARK_END, MARK_START } from "@/lib/search-markers";

export function Highlighted({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <span key={i}>{part.replaceAll(MARK_END, "")}</span>;
        const [marked = "", ...after] = part.split(MARK_END);
        return (
          <span key={i}>
            <mark className="bg-yellow-200 px-0.5 text-neutral-900 dark:bg-yellow-600 dark:text-white">{marked}</mark>
            {after.join("")}
          </span>
        );
      })}
    </>
  );
}
