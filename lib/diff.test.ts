import { test } from "node:test";
import assert from "node:assert/strict";
import { diffText, diffWords } from "./diff";

test("diffWords marks only the words that changed", () => {
  assert.deepEqual(diffWords("The vote was delayed on Monday", "The vote was held on Tuesday"), [
    { kind: "same", text: "The vote was " },
    { kind: "removed", text: "delayed" },
    { kind: "added", text: "held" },
    { kind: "same", text: " on " },
    { kind: "removed", text: "Monday" },
    { kind: "added", text: "Tuesday" },
  ]);
  assert.deepEqual(diffWords("same", "same"), [{ kind: "same", text: "same" }]);
  assert.deepEqual(diffWords("", "new"), [{ kind: "added", text: "new" }]);
});

test("diffText keeps unchanged paragraphs, word-diffs edited ones, and shows added and removed ones", () => {
  const before = "First para.\n\nSecond para here.\n\nThird para.";
  const after = "First para.\n\nSecond para there.\n\nA new one.\n\nThird para.";
  const blocks = diffText(before, after);
  assert.deepEqual(blocks.map((b) => b.kind), ["same", "changed", "added", "same"]);
  assert.deepEqual(blocks[1]!.parts.filter((p) => p.kind !== "same").map((p) => `${p.kind}:${p.text}`), ["removed:here.", "added:there."]);
  assert.deepEqual(diffText("Gone.\n\nStays.", "Stays.").map((b) => b.kind), ["removed", "same"]);
});

test("a huge diff degrades to whole-block replacement instead of exhausting memory", () => {
  const big = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
  const other = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(" ");
  assert.deepEqual(diffWords(big, other).map((p) => p.kind), ["removed", "added"]);
});
