// Renders a search snippet whose matches are wrapped in control-character markers as <mark>s.
// Everything else stays text, so an article containing HTML can never inject markup here.
import { Fragment } from "react";
import { MARK_END, MARK_START } from "@/lib/search-markers";

// The <mark>s carry no classes: their container styles them (.search-snippet in app/globals.css).
export function Highlighted({ text }: { text: string }) {
  const parts = text.split(MARK_START);
  return (
    <>
      {parts.map((part, i) => {
        if (i === 0) return <Fragment key={i}>{part.replaceAll(MARK_END, "")}</Fragment>;
        const [marked = "", ...after] = part.split(MARK_END);
        return (
          <Fragment key={i}>
            <mark>{marked}</mark>
            {after.join("")}
          </Fragment>
        );
      })}
    </>
  );
}
