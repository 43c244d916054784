// Revisions, autosave coalescing and presence on real PostgreSQL.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";
import { articleFieldsSchema } from "@/lib/validations/article";
import type { Actor } from "@/lib/permissions";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let ed: typeof import("./editorial");
let rev: typeof import("./revisions");
let presence: typeof import("./presence");
let editor: Actor, writer: Actor, other: Actor;
let sectionId: number;

const input = (headline: string, text = "Body text.", authorIds = [editor.id]) =>
  articleFieldsSchema.parse({ headline, standfirst: "", slug: "", sectionId, tags: [], authorIds, leadMediaId: null, seoTitle: "", seoDescription: "", breaking: false, body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] } });

before(async () => {
  ctx = await createTestDatabase("revisions");
  process.env.DATABASE_URL = ctx.url;
  ed = await import("./editorial");
  rev = await import("./revisions");
  presence = await import("./presence");
  const mk = async (name: string, role: Actor["role"]) => (await ctx.prisma.user.create({ data: { email: `${name}@example.org`, name, slug: name, role } })) as Actor;
  editor = await mk("eve", "EDITOR");
  writer = await mk("walt", "WRITER");
  other = await mk("olga", "WRITER");
  sectionId = (await ctx.prisma.section.create({ data: { name: "World", slug: "world" } })).id;
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("consecutive autosaves by one person share a revision; a manual save starts a new one", async () => {
  const a = await ed.createArticle(editor, input("Autosaves"));
  let v = a.version;
  for (let i = 0; i < 5; i++) v = (await ed.saveArticle(editor, a.id, v, input("Autosaves", `Typing ${i}`), "autosave")).version;
  let rows = await ctx.prisma.revision.findMany({ where: { articleId: a.id }, orderBy: { id: "asc" } });
  assert.deepEqual(rows.map((r) => r.reason), ["create", "autosave"]);
  assert.equal(rows[1]!.version, v);
  assert.equal((rows[1]!.snapshot as { body: { content: { content: { text: string }[] }[] } }).body.content[0]!.content[0]!.text, "Typing 4");
  v = (await ed.saveArticle(editor, a.id, v, input("Autosaves", "Saved by hand"))).version;
  v = (await ed.saveArticle(editor, a.id, v, input("Autosaves", "Typing again"), "autosave")).version;
  rows = await ctx.prisma.revision.findMany({ where: { articleId: a.id }, orderBy: { id: "asc" } });
  assert.deepEqual(rows.map((r) => r.reason), ["create", "autosave", "save", "autosave"]);
});

test("restore makes a new revision; a revision of another article, a stale version or a stranger are refused", async () => {
  const a = await ed.createArticle(editor, input("Original headline", "Original text."));
  const b = await ed.createArticle(editor, input("Other article"));
  const saved = await ed.saveArticle(editor, a.id, 1, input("Changed headline", "Changed text."));
  const [first] = await ctx.prisma.revision.findMany({ where: { articleId: a.id }, orderBy: { id: "asc" }, take: 1 });
  const [foreign] = await ctx.prisma.revision.findMany({ where: { articleId: b.id }, take: 1 });
  const refusal = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      if (e instanceof ed.EditorialError) return e;
      throw e;
    }
    assert.fail("expected a refusal");
  };
  assert.equal((await refusal(rev.restoreRevision(editor, a.id, foreign!.id, saved.version))).code, "invalid");
  assert.equal((await refusal(rev.restoreRevision(editor, a.id, first!.id, 1))).code, "conflict");
  assert.equal((await refusal(rev.restoreRevision(other, a.id, first!.id, saved.version))).code, "forbidden");
  assert.equal((await refusal(rev.restoreRevision(null, a.id, first!.id, saved.version))).code, "unauthorized");
  assert.equal((await refusal(rev.restoreRevision(editor, 999999, first!.id, saved.version))).code, "not_found");
  const restored = await rev.restoreRevision(editor, a.id, first!.id, saved.version);
  const row = await ctx.prisma.article.findUniqueOrThrow({ where: { id: a.id } });
  assert.equal(row.headline, "Original headline");
  assert.equal(row.bodyText, "Original text.");
  assert.equal(restored.version, 3);
  assert.deepEqual((await ctx.prisma.revision.findMany({ where: { articleId: a.id }, orderBy: { id: "asc" } })).map((r) => r.reason), ["create", "save", "restore v1"]);
  // Diffs only between revisions of one article.
  assert.equal(await rev.getRevisionPair(a.id, first!.id, foreign!.id), null);
  const pair = await rev.getRevisionPair(a.id, first!.id, (await ctx.prisma.revision.findFirstOrThrow({ where: { articleId: a.id, reason: "save" } })).id);
  assert.ok(pair);
  assert.equal(pair[0].fields.Headline, "Original headline");
  assert.equal(pair[1].text, "Changed text.");
});

test("presence: a heartbeat shows the others, silence or leaving drops them", async () => {
  const a = await ed.createArticle(editor, input("Presence", "x", [editor.id, writer.id]));
  assert.deepEqual(await presence.heartbeat(a.id, editor.id), []);
  assert.deepEqual((await presence.heartbeat(a.id, writer.id)).map((o) => o.name), ["eve"]);
  assert.deepEqual((await presence.othersPresent(a.id, editor.id)).map((o) => o.name), ["walt"]);
  const later = new Date(Date.now() + presence.PRESENCE_TTL_MS + 1000);
  assert.deepEqual(await presence.othersPresent(a.id, editor.id, later), [], "silent for longer than the TTL");
  await presence.leave(a.id, writer.id);
  assert.deepEqual(await presence.othersPresent(a.id, editor.id), []);
});

test("100 racing saves from two writers lose no text: each is applied exactly once or refused", async () => {
  const a = await ed.createArticle(writer, input("Race", "Start.", [writer.id, other.id]));
  type Outcome = { text: string; applied: boolean; version?: number };
  const outcomes: Outcome[] = [];
  const race = async (who: Actor, name: string) => {
    let seen = 1;
    for (let i = 0; i < 50; i++) {
      const text = `${name} save ${i}`;
      try {
        const saved = await ed.saveArticle(who, a.id, seen, input("Race", text, [writer.id, other.id]));
        seen = saved.version;
        outcomes.push({ text, applied: true, version: saved.version });
      } catch (e) {
        if (!(e instanceof ed.EditorialError) || e.code !== "conflict" || !e.conflict) throw e;
        seen = e.conflict.version; // the editor shows "changed by …" and keeps this text on screen
        outcomes.push({ text, applied: false });
      }
    }
  };
  await Promise.all([race(writer, "walt"), race(other, "olga")]);
  const applied = outcomes.filter((o) => o.applied).sort((x, y) => x.version! - y.version!);
  const refused = outcomes.filter((o) => !o.applied);
  assert.equal(applied.length + refused.length, 100);
  assert.ok(refused.length > 0 && applied.length > 0, `both outcomes happen (${applied.length} applied, ${refused.length} refused)`);
  // Versions are consecutive: no save overwrote another without bumping the version.
  assert.deepEqual(applied.map((o) => o.version), applied.map((_, i) => i + 2));
  const row = await ctx.prisma.article.findUniqueOrThrow({ where: { id: a.id } });
  assert.equal(row.version, applied.length + 1);
  assert.equal(row.bodyText, applied.at(-1)!.text);
  const revisions = await ctx.prisma.revision.findMany({ where: { articleId: a.id }, select: { version: true, snapshot: true } });
  const textOf = (snap: unknown) => (snap as { body: { content: { content?: { text: string }[] }[] } }).body.content[0]?.content?.[0]?.text;
  const stored = new Map(revisions.map((r) => [r.version, textOf(r.snapshot)]));
  for (const o of applied.slice(-50)) assert.equal(stored.get(o.version!), o.text, `applied save v${o.version} is in its revision`);
  const storedTexts = new Set(stored.values());
  for (const o of refused) assert.equal(storedTexts.has(o.text), false, `refused text "${o.text}" was not written`);
});
