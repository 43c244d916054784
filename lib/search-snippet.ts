// What a search result shows under its headline: one or two windows of words around the matches,
// cut out of the standfirst and the start of the body (lib/data/search.ts), the matches marked.
//
// highlightedSnippet cuts the windows. The database says which words of the text match the
// query (its stemmer decides: «выборов» matches «выборы», "elections" matches "election"), and
// only for the few words that could: those starting like one of the query's stems
// (candidatePattern). PostgreSQL's ts_headline did all of this before, at about 0.3–0.5 ms a
// result, because it parses and stems every word of the text; this costs about a tenth of that.
//
// readableSnippet makes the windows read like a top site's results: on their own they start and
// stop mid-sentence ("lost them over the past decade. Kedr Airlines, a regional carrier based in
// the [north]-east, has ordered"), and when the words matched only the headline (or further down
// the body than the snippet's source) there is nothing to mark. So: the sentence the match is in
// from its start, or an ellipsis where words were left out; and the standfirst whole when the
// text shown has no match.
import { MARK_END, MARK_START } from "./search-markers";

const ELLIPSIS = "…";
/** A sentence's last character, and any closing quotes or brackets after it. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*$/u;
/** A sentence boundary: its end, space, and a capital or a digit (perhaps after an opening quote). */
const BOUNDARY = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(]?[\p{Lu}\p{N}])/gu;

const squash = (text: string) => text.replace(/\s+/g, " ").trim();
const unmark = (text: string) => text.replaceAll(MARK_START, "").replaceAll(MARK_END, "");

export type SnippetParts = {
  /** highlightedSnippet's output: matches between MARK_START and MARK_END, fragments joined by " … ". */
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

/**
 * The letters and digits a word is made of, for the highlighter here and for the candidate
 * pattern PostgreSQL runs: Latin (with Latin-1 and Extended-A/B) and Cyrillic. Every other
 * character separates words, as the text search parser's apostrophes and hyphens do.
 */
const WORD_CHARS = "0-9A-Za-z\u00C0-\u024F\u0400-\u04FF";
const WORD = new RegExp(`[${WORD_CHARS}]+`, "gu");
const ONLY_WORD = new RegExp(`^[${WORD_CHARS}]+$`, "u");
/** A window's length in words, as ts_headline's MaxWords was. */
export const MAX_WORDS = 30;
const MAX_FRAGMENTS = 2;
/** At most this many of the query's stems look for candidates (a query is at most 200 characters). */
const MAX_STEMS = 16;
const FRAGMENT_DELIMITER = " … ";
/** Punctuation kept at a window's edges: an opening quote before, a full stop or a closing quote after. */
const OPENING = /["'“‘«(\[]$/u;
const CLOSING = /^[.,;:!?…"'”’»)\]]+/u;

/**
 * A PostgreSQL regular expression (flags 'gi') whose first group is each word of a text that
 * starts like one of `lexemes`, the query's stems: a stem is a prefix of the words it comes
 * from, but for its last letter ("happy" → 'happi'). Stems with other characters (numbers with
 * a point, addresses) are left out, so the pattern holds only letters and digits and needs no
 * escaping. ASCII letters match either case through the 'i' flag, which under the C locale
 * folds nothing else; other letters are spelt out in both cases. Null when nothing can match.
 */
export function candidatePattern(lexemes: readonly string[]): string | null {
  const prefixes = new Set<string>();
  for (const lexeme of lexemes) {
    if (!ONLY_WORD.test(lexeme)) continue;
    const letters = [...lexeme];
    prefixes.add(letters.slice(0, letters.length >= 3 ? -1 : undefined).join(""));
    if (prefixes.size === MAX_STEMS) break;
  }
  if (prefixes.size === 0) return null;
  const spelt = [...prefixes].map((prefix) =>
    [...prefix]
      .map((c) => {
        const upper = c.toUpperCase();
        return c > "\u007f" && upper !== c && [...upper].length === 1 ? `[${c}${upper}]` : c;
      })
      .join(""),
  );
  return `(?:^|[^${WORD_CHARS}])((?:${spelt.join("|")})[${WORD_CHARS}]*)`;
}

type Token = { start: number; end: number; word: string; marked: boolean };
type Window = { start: number; end: number };

/**
 * One or two windows of MAX_WORDS words of `source` around the words in `matched` (exactly as
 * they are written there), the matches between MARK_START and MARK_END and the windows joined by
 * " … ": the form ts_headline gave, for readableSnippet. The first window holds the most
 * different matched words, centred on them; the second the most of the rest. With no match, the
 * text's first MAX_WORDS words.
 */
export function highlightedSnippet(source: string, matched: ReadonlySet<string>): string {
  // Words are read up to MAX_WORDS past the last place a match can be (a whole news story's worth
  // of words would cost more than the rest of the snippet).
  let lastMatch = 0;
  for (const word of matched) lastMatch = Math.max(lastMatch, source.lastIndexOf(word));
  const tokens: Token[] = [];
  let past = 0;
  for (const m of source.matchAll(WORD)) {
    tokens.push({ start: m.index, end: m.index + m[0].length, word: m[0], marked: matched.has(m[0]) });
    if (m.index > lastMatch && ++past >= MAX_WORDS) break;
  }
  if (tokens.length === 0) return "";
  const windows: Window[] = [];
  let left = tokens.map((t, i) => (t.marked ? i : -1)).filter((i) => i >= 0);
  while (left.length > 0 && windows.length < MAX_FRAGMENTS) {
    const seen = new Set(windows.flatMap((w) => tokens.slice(w.start, w.end).filter((t) => t.marked).map((t) => t.word.toLowerCase())));
    const window = bestWindow(tokens, left, seen, windows);
    if (!window) break;
    windows.push(window);
    left = left.filter((i) => i < window.start || i >= window.end);
  }
  if (windows.length === 0) windows.push({ start: 0, end: Math.min(tokens.length, MAX_WORDS) });
  windows.sort((a, b) => a.start - b.start);
  // Windows that meet are one.
  const merged: Window[] = [];
  for (const w of windows) {
    const last = merged.at(-1);
    if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
    else merged.push({ ...w });
  }
  return merged.map((w) => cut(source, tokens, w)).join(FRAGMENT_DELIMITER);
}

/** The window around a run of matches with the most words not `seen` yet, then the most matches; the earliest of equals. Kept clear of `taken`. */
function bestWindow(tokens: Token[], matches: number[], seen: Set<string>, taken: Window[]): Window | null {
  let best: { window: Window; fresh: number; count: number } | null = null;
  for (let i = 0; i < matches.length; i++) {
    let j = i;
    while (j + 1 < matches.length && matches[j + 1]! - matches[i]! < MAX_WORDS) j++;
    const run = matches.slice(i, j + 1);
    const fresh = new Set(run.map((k) => tokens[k]!.word.toLowerCase()).filter((w) => !seen.has(w))).size;
    // Centred on the run, within the text, and clear of the windows already taken.
    const span = matches[j]! - matches[i]! + 1;
    let start = Math.max(0, matches[i]! - Math.floor((MAX_WORDS - span) / 2));
    let end = Math.min(tokens.length, start + MAX_WORDS);
    start = Math.max(0, end - MAX_WORDS);
    for (const t of taken) {
      if (t.end <= matches[i]!) start = Math.max(start, t.end);
      else end = Math.min(end, t.start);
    }
    if (start >= end) continue;
    if (!best || fresh > best.fresh || (fresh === best.fresh && run.length > best.count)) best = { window: { start, end }, fresh, count: run.length };
  }
  return best?.window ?? null;
}

/** A window's text as it is written, with its matches marked and the punctuation at its edges. */
function cut(source: string, tokens: Token[], { start, end }: Window): string {
  let from = tokens[start]!.start;
  if (from > 0 && OPENING.test(source.slice(from - 1, from))) from--;
  let to = tokens[end - 1]!.end;
  to += CLOSING.exec(source.slice(to, to + 8))?.[0].length ?? 0;
  let out = "";
  let at = from;
  for (let k = start; k < end; k++) {
    const t = tokens[k]!;
    if (!t.marked) continue;
    out += source.slice(at, t.start) + MARK_START + t.word + MARK_END;
    at = t.end;
  }
  return out + source.slice(at, to);
}
