// What a search result shows under its headline. ts_headline (lib/data/search.ts) cuts one or two
// windows of words around the matches out of the standfirst and the start of the body; on their
// own they start and stop mid-sentence ("lost them over the past decade. Kedr Airlines, a regional
// carrier based in the [north]-east, has ordered"), and when the words matched only the headline
// (or further down the body than the snippet's source) it returns the first words of the text, cut
// off. This makes them read like a top site's results: the sentence the match is in from its start,
// or an ellipsis where words were left out; and the standfirst whole when the text shown has no match.
import { MARK_END, MARK_START } from "./search-markers";

const ELLIPSIS = "…";
/** A sentence's last character, and any closing quotes or brackets after it. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** A sentence boundary: its end, space, and a capital or a digit (perhaps after an opening quote). */
const BOUNDARY = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(]?[\p{Lu}\p{N}])/gu;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const unmark = (text: string) => text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");

export type SnippetParts = {
  /** ts_headline's output, matches between MARK_START and MARK_END, fragments joined by " … ". */
  snippet: string;
  standfirst: string;
  /** The first characters of the body (the snippet's source is the standfirst, a space, the body). */
  bodyStart: string;
};

export function readableSnippet({ snippet, standfirst, bodyStart }: SnippetParts): string {
  let text = squash(snippet);
  const summary = squash(standfirst);
  if (!text.includes(MARK_START)) {
    // Nothing highlighted: the story's own summary says more than its first words.
    if (summary) return summary;
    return text && !SENTENCE_END.test(text) ? `${text} ${ELLIPSIS}` : text;
  }
  const source = squash(`${standfirst} ${bodyStart}`);
  const opening = unmark(text).slice(0, 30);
  if (!source.startsWith(opening)) {
    // Mid-text: start at the sentence the first match is in when the window holds its start.
    const beforeMatch = text.slice(0, text.indexOf(MARK_START));
    let start = -1;
    for (const m of beforeMatch.matchAll(BOUNDARY)) start = m.index + m[0].length;
    text = start >= 0 ? text.slice(start) : `${ELLIPSIS} ${text}`;
  }
  if (!SENTENCE_END.test(unmark(text))) text = `${text} ${ELLIPSIS}`;
  return text;
}
