// A readable diff for revisions: paragraphs are matched first (longest common subsequence), then
// the words of each changed paragraph, so an edit shows as a few struck and inserted words rather
// than a whole block replaced. Sizes are bounded so a huge article cannot make the server spin.
export type DiffPart = { kind: "same" | "added" | "removed"; text: string };
export type DiffBlock = { kind: "same" | "added" | "removed" | "changed"; parts: DiffPart[] };

const MAX_CELLS = 4_000_000;

function lcs<T>(a: T[], b: T[], eq: (x: T, y: T) => boolean): [number, number][] {
  if (a.length * b.length > MAX_CELLS) return [];
  const w = b.length + 1;
  const table = new Uint32Array((a.length + 1) * w);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) table[i * w + j] = eq(a[i]!, b[j]!) ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (eq(a[i]!, b[j]!)) {
      pairs.push([i++, j++]);
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** Word-level diff of two strings. */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter(Boolean);
  const b = after.split(/(\s+)/).filter(Boolean);
  const pairs = lcs(a, b, (x, y) => x === y);
  if (!pairs.length && a.length && b.length) return [{ kind: "removed", text: before }, { kind: "added", text: after }];
  const out: DiffPart[] = [];
  const push = (kind: DiffPart["kind"], text: string) => {
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    while (i < pi) push("removed", a[i++]!);
    while (j < pj) push("added", b[j++]!);
    if (pi < a.length) push("same", a[pi]!);
    i = pi + 1;
    j = pj + 1;
  }
  return out;
}

/** Paragraph-then-word diff of two texts whose paragraphs are separated by blank lines. */
export function diffText(before: string, after: string): DiffBlock[] {
  const a = before.split(/\n{2,}/).filter((p) => p.trim());
  const b = after.split(/\n{2,}/).filter((p) => p.trim());
  const pairs = lcs(a, b, (x, y) => x === y);
  const blocks: DiffBlock[] = [];
  let i = 0;
  let j = 0;
  for (const [pi, pj] of [...pairs, [a.length, b.length] as [number, number]]) {
    // Unmatched paragraphs between anchors: pair them up as edits, the rest as removals/additions.
    while (i < pi && j < pj) blocks.push({ kind: "changed", parts: diffWords(a[i++]!, b[j++]!) });
    while (i < pi) blocks.push({ kind: "removed", parts: [{ kind: "removed", text: a[i++]! }] });
    while (j < pj) blocks.push({ kind: "added", parts: [{ kind: "added", text: b[j++]! }] });
    if (pi < a.length) blocks.push({ kind: "same", parts: [{ kind: "same", text: a[pi]! }] });
    i = pi + 1;
    j = pj + 1;
  }
  return blocks;
}
