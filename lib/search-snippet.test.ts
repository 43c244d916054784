import { test } from "node:test";
import assert from "node:assert/strict";
import { readableSnippet } from "./search-snippet";
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

test("hostile text stays text: markers are only ever those ts_headline added", () => {
  const snippet = `<script>alert(1)</script> ${S}harbour${E} <b>bold</b>`;
  const out = readableSnippet({ snippet, standfirst: "", bodyStart: "<script>alert(1)</script> harbour" });
  assert.equal(out, `${snippet} …`);
});
