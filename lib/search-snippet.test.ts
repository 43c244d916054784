import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_WORDS, candidatePattern, highlightedSnippet, readableSnippet } from "./search-snippet";
import { MARK_END as E, MARK_START as S } from "./search-markers";

const standfirst = "Kedr Airlines says the aircraft will restore flights to six settlements that lost them over the past decade.";
const bodyStart = "Kedr Airlines, a regional carrier based in the north-east, has ordered twelve";

test("a match mid-text starts at its sentence when the window holds the sentence's start", () => {
  const snippet = `lost them over the past decade. Kedr Airlines, a regional carrier based in the ${S}north${E}-east, has ordered twelve twin-engine aircraft`;
  assert.equal(readableSnippet({ snippet, standfirst, bodyStart }), `Kedr Airlines, a regional carrier based in the ${S}north${E}-east, has ordered twelve twin-engine aircraft …`);
});

test("a match mid-sentence with no sentence start in the window gets an ellipsis before", () => {
  const snippet = `winter and could add a third departure in summer, when tourists travel ${S}north${E} to watch the midnight sun.`;
  assert.equal(readableSnippet({ snippet, standfirst, bodyStart }), `… ${snippet}`, "a sentence end needs no ellipsis after");
});

test("the sentence boundary is the last one before the first match, and later fragments are kept", () => {
  const snippet = `was sold. Prices fell. The ${S}harbour${E} reopened on Monday … ships may enter the ${S}harbour${E} again`;
  assert.equal(readableSnippet({ snippet, standfirst: "", bodyStart: "The council met" }), `The ${S}harbour${E} reopened on Monday … ships may enter the ${S}harbour${E} again …`);
  // "Mr. smith" is no boundary (a lower-case letter follows), "$1.9b" neither (no space).
  const odd = `paid $1.9bn to mr. smith for the ${S}harbour${E} site`;
  assert.equal(readableSnippet({ snippet: odd, standfirst: "", bodyStart: "x" }), `… ${odd} …`);
});

test("a snippet from the very start of the text needs no ellipsis before", () => {
  const snippet = `Kedr Airlines says the ${S}aircraft${E} will restore flights to six settlements`;
  assert.equal(readableSnippet({ snippet, standfirst, bodyStart }), `${snippet} …`);
  // With no standfirst the source starts with the body.
  const fromBody = `Kedr Airlines, a regional carrier based in the ${S}north${E}-east, has ordered twelve`;
  assert.equal(readableSnippet({ snippet: fromBody, standfirst: "", bodyStart }), `${fromBody} …`);
});

test("nothing highlighted (a headline match): the standfirst whole, else the text with an ellipsis", () => {
  const cut = "Kedr Airlines says the aircraft will restore flights to six";
  assert.equal(readableSnippet({ snippet: cut, standfirst, bodyStart }), standfirst);
  assert.equal(readableSnippet({ snippet: cut, standfirst: "  ", bodyStart }), `${cut} …`);
  assert.equal(readableSnippet({ snippet: "", standfirst: "", bodyStart: "" }), "");
});

test("whitespace and paragraph breaks read as single spaces; closing quotes end a sentence", () => {
  const snippet = `costs rose\n\nafter the last ${S}election${E}, he said.”`;
  assert.equal(readableSnippet({ snippet, standfirst, bodyStart }), `… costs rose after the last ${S}election${E}, he said.”`);
});

test("Russian text: the same rules", () => {
  const snippet = `стрельбы. Итоги ${S}выборов${E} в Остревии покажут, кто будет управлять страной`;
  assert.equal(readableSnippet({ snippet, standfirst: "Новому парламенту придётся доказать, что мир — это не только отсутствие стрельбы.", bodyStart: "Итоги выборов" }), `Итоги ${S}выборов${E} в Остревии покажут, кто будет управлять страной …`);
});

test("hostile text stays text: markers are only ever those the highlighter added", () => {
  const snippet = `<script>alert(1)</script> ${S}harbour${E} <b>bold</b>`;
  const out = readableSnippet({ snippet, standfirst: "", bodyStart: "<script>alert(1)</script> harbour" });
  assert.equal(out, `${snippet} …`);
});

const words = (n: number, word = "filler") => Array.from({ length: n }, (_, i) => `${word}${i}`).join(" ");

test("the highlighter marks the words the database matched, exactly as written, in a window centred on them", () => {
  const source = `${words(40)} The harbour reopened. Harbours elsewhere stayed shut. ${words(40, "more")}`;
  const out = highlightedSnippet(source, new Set(["harbour", "Harbours"]));
  assert.ok(out.includes(`The ${S}harbour${E} reopened. ${S}Harbours${E} elsewhere stayed shut.`), out);
  assert.equal(out.replaceAll(S, "").replaceAll(E, "").split(" ").length, MAX_WORDS);
  // Centred: about as many words before the matches as after them.
  const before = out.slice(0, out.indexOf(S)).trim().split(" ").length;
  assert.ok(before >= 10 && before <= 15, out);
  // Neither part of a longer word nor another case of a word the database did not match.
  assert.equal(highlightedSnippet("harbours harbourside HARBOUR", new Set(["harbour"])), "harbours harbourside HARBOUR");
});

test("two windows for matches far apart, the second for words the first lacks; windows that meet are one", () => {
  const source = `Tram fares rise. ${words(60)} The depot closes. ${words(60, "x")} The tram returns. ${words(60, "y")} Depot sold.`;
  const out = highlightedSnippet(source, new Set(["Tram", "tram", "depot", "Depot"]));
  const parts = out.split(" … ");
  assert.equal(parts.length, 2, out);
  // Both words shown: the first window has one, the second adds the other; in text order.
  assert.ok(parts.some((p) => p.includes(`${S}Tram${E}`)) || parts.some((p) => p.includes(`${S}tram${E}`)), out);
  assert.ok(parts.some((p) => /\u0002[Dd]epot\u0003/.test(p)), out);
  assert.ok(source.indexOf(parts[0]!.replaceAll(S, "").replaceAll(E, "")) < source.indexOf(parts[1]!.replaceAll(S, "").replaceAll(E, "")));
  // Two matches a few words apart make one window, not two joined by an ellipsis.
  const near = highlightedSnippet(`${words(20)} tram one two three tram ${words(20)}`, new Set(["tram"]));
  assert.ok(!near.includes("…") && near.split(S).length === 3, near);
});

test("the highlighter keeps the punctuation at a window's edges and the text between words as written", () => {
  assert.equal(highlightedSnippet("«Выборы прошли», — сказал он.", new Set(["Выборы"])), `«${S}Выборы${E} прошли», — сказал он.`);
  assert.equal(highlightedSnippet("the north-east (and “the west”).", new Set(["north"])), `the ${S}north${E}-east (and “the west”).`);
  // No match: the text's first MAX_WORDS words; no words at all: nothing.
  assert.equal(highlightedSnippet(words(50), new Set()), words(MAX_WORDS));
  assert.equal(highlightedSnippet(" … — ", new Set(["x"])), "");
});

test("hostile text stays text in the highlighter: HTML, markers and unicode tricks are only characters", () => {
  const source = `Text <script>alert(1)</script> ${S}fake${E} harbour \u202eevil\u202c e\u0301clair 👍🏽 harbour`;
  const out = highlightedSnippet(source, new Set(["harbour", "<script>"]));
  assert.equal(out.split(S).length, 4, "two real marks and the text's own marker character");
  assert.ok(out.includes(`${S}harbour${E} \u202eevil`), out);
  assert.ok(out.includes("<script>alert(1)</script>"));
});

test("the candidate pattern: each stem less its last letter, other scripts spelt in both cases, nothing else", () => {
  assert.equal(candidatePattern([]), null);
  assert.equal(candidatePattern(["1.5", "example.com", "-5"]), null, "stems with other characters are left out");
  const pattern = candidatePattern(["happi", "us", "выбор", "éclair"])!;
  assert.ok(pattern.includes("(?:happ|us|[вВ][ыЫ][бБ][оО]|[éÉ]clai)"), pattern);
  // Only letters and digits inside the alternatives: nothing a user types can be a regex operator.
  const hostile = candidatePattern(["a|b", "(x)", "c*", "d\\", "e[f]"]);
  assert.equal(hostile, null);
  // At most 16 stems (and the pattern's own "start or separator").
  assert.equal(candidatePattern(Array.from({ length: 40 }, (_, i) => `stem${i}s`))!.split("|").length, 16 + 1);
});
