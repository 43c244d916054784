// Newsroom writes on real PostgreSQL: permissions per role, stale-version refusal, bad references
// (nothing half-written), the workflow, slug history, revisions and the exactly-once scheduler.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";
import { articleFieldsSchema, type ArticleFields } from "@/lib/validations/article";
import type { Actor } from "@/lib/permissions";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let ed: typeof import("./editorial");
let admin: Actor, editor: Actor, writer: Actor, writer2: Actor, reader: Actor;
let disabledId: number, sectionId: number, otherSectionId: number, mediaId: number;

const doc = (text: string) => ({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
function fields(overrides: Partial<ArticleFields> = {}): ArticleFields {
  return { headline: "Harbour bridge reopens", standfirst: "After two years", slug: "", sectionId, tags: [], authorIds: [writer.id], leadMediaId: null, seoTitle: "", seoDescription: "", breaking: false, body: doc("The bridge opened at dawn."), ...overrides };
}
const input = (overrides: Partial<ArticleFields> = {}) => articleFieldsSchema.parse(fields(overrides));

async function refusal(promise: Promise<unknown>): Promise<InstanceType<typeof ed.EditorialError>> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof ed.EditorialError) return e;
    throw e;
  }
  assert.fail("expected a refusal");
}

before(async () => {
  ctx = await createTestDatabase("editorial");
  process.env.DATABASE_URL = ctx.url;
  ed = await import("./editorial");
  const mk = async (name: string, role: "ADMIN" | "EDITOR" | "WRITER" | "READER", disabled = false) =>
    ctx.prisma.user.create({ data: { email: `${name}@example.org`, name, slug: name, role, disabledAt: disabled ? new Date() : null } });
  admin = (await mk("ada", "ADMIN")) as Actor;
  editor = (await mk("eve", "EDITOR")) as Actor;
  writer = (await mk("walt", "WRITER")) as Actor;
  writer2 = (await mk("wanda", "WRITER")) as Actor;
  reader = (await mk("rita", "READER")) as Actor;
  disabledId = (await mk("gone", "WRITER", true)).id;
  sectionId = (await ctx.prisma.section.create({ data: { name: "World", slug: "world" } })).id;
  otherSectionId = (await ctx.prisma.section.create({ data: { name: "Business", slug: "business" } })).id;
  await ctx.prisma.tag.create({ data: { name: "Transport", slug: "transport" } });
  mediaId = (await ctx.prisma.media.create({ data: { storageKey: "public/demo/bridge.jpg", mimeType: "image/jpeg", sizeBytes: 1, width: 1600, height: 900, alt: "A bridge" } })).id;
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("a writer creates a draft: slug from the headline, a revision and an audit entry", async () => {
  const saved = await ed.createArticle(writer, input({ tags: ["Transport"] }));
  assert.equal(saved.status, "DRAFT");
  assert.equal(saved.slug, "harbour-bridge-reopens");
  assert.equal(saved.version, 1);
  const row = await ctx.prisma.article.findUniqueOrThrow({ where: { id: saved.id }, include: { authors: true, tags: true } });
  assert.equal(row.createdById, writer.id);
  assert.equal(row.bodyText, "The bridge opened at dawn.");
  assert.deepEqual(row.authors.map((a) => a.userId), [writer.id]);
  assert.equal(row.tags.length, 1);
  assert.equal(await ctx.prisma.revision.count({ where: { articleId: saved.id } }), 1);
  assert.equal(await ctx.prisma.auditEvent.count({ where: { entityId: String(saved.id), action: "article.create" } }), 1);
});

test("anonymous, readers and other writers are refused; nothing changes", async () => {
  const mine = await ed.createArticle(writer, input({ headline: "Ferry timetable changes" }));
  assert.equal((await refusal(ed.createArticle(null, input()))).code, "unauthorized");
  assert.equal((await refusal(ed.createArticle(reader, input()))).code, "forbidden");
  assert.equal((await refusal(ed.saveArticle(null, mine.id, 1, input({ headline: "Hijacked" })))).code, "unauthorized");
  assert.equal((await refusal(ed.saveArticle(reader, mine.id, 1, input({ headline: "Hijacked" })))).code, "forbidden");
  assert.equal((await refusal(ed.saveArticle(writer2, mine.id, 1, input({ headline: "Hijacked" })))).code, "forbidden");
  assert.equal((await refusal(ed.moveArticle(writer2, mine.id, 1, "submit"))).code, "forbidden");
  assert.equal((await refusal(ed.deleteArticle(writer2, mine.id, 1))).code, "forbidden");
  assert.equal((await refusal(ed.moveArticle(writer, mine.id, 1, "publish"))).code, "forbidden");
  assert.equal((await refusal(ed.moveArticle(writer, mine.id, 1, "schedule", { at: new Date(Date.now() + 3_600_000) }))).code, "forbidden");
  assert.equal((await refusal(ed.restoreArticle(editor, mine.id))).code, "forbidden");
  assert.equal((await refusal(ed.saveArticle(editor, 987654, 1, input()))).code, "not_found");
  const row = await ctx.prisma.article.findUniqueOrThrow({ where: { id: mine.id } });
  assert.equal(row.headline, "Ferry timetable changes");
  assert.equal(row.version, 1);
  assert.equal(row.status, "DRAFT");
});

test("a save based on a stale version is refused with who changed it, and nothing is overwritten", async () => {
  const a = await ed.createArticle(writer, input({ headline: "Two people, one story" }));
  const first = await ed.saveArticle(editor, a.id, 1, input({ headline: "Editor's version" }));
  assert.equal(first.version, 2);
  const stale = await refusal(ed.saveArticle(writer, a.id, 1, input({ headline: "Writer's version" })));
  assert.equal(stale.code, "conflict");
  assert.equal(stale.conflict?.by, "eve");
  assert.equal(stale.conflict?.version, 2);
  assert.equal(stale.conflict?.theirs.headline, "Editor's version", "the refusal carries their text to compare");
  assert.match(stale.message, /changed by eve/);
  const forged = await refusal(ed.saveArticle(writer, a.id, 99, input({ headline: "Forged version" })));
  assert.equal(forged.code, "conflict");
  const row = await ctx.prisma.article.findUniqueOrThrow({ where: { id: a.id } });
  assert.equal(row.headline, "Editor's version");
  assert.equal(await ctx.prisma.revision.count({ where: { articleId: a.id } }), 2);
});

test("bad references are refused field by field and nothing is half-written", async () => {
  const a = await ed.createArticle(writer, input({ headline: "Reference checks" }));
  const other = await ed.createArticle(editor, input({ headline: "Taken slug story", authorIds: [editor.id] }));
  const cases: [Partial<ArticleFields>, string, RegExp][] = [
    [{ sectionId: 999999 }, "sectionId", /section/],
    [{ authorIds: [disabledId] }, "authorIds", /disabled/],
    [{ authorIds: [reader.id] }, "authorIds", /staff/],
    [{ authorIds: [424242] }, "authorIds", /staff/],
    [{ tags: ["Brand new tag"] }, "tags", /Only editors/],
    [{ tags: ["!!!"] }, "tags", /letter or digit/],
    [{ slug: other.slug }, "slug", /already used by “Taken slug story”/],
    [{ leadMediaId: 777777 }, "leadMediaId", /lead image/],
  ];
  for (const [bad, field, message] of cases) {
    const e = await refusal(ed.saveArticle(writer, a.id, 1, input({ ...bad, headline: "Should not be stored" })));
    assert.equal(e.code, "invalid", JSON.stringify(bad));
    assert.match(e.fields[field as keyof typeof e.fields] ?? "", message, JSON.stringify(bad));
  }
  const row = await ctx.prisma.article.findUniqueOrThrow({ where: { id: a.id }, include: { tags: true } });
  assert.equal(row.headline, "Reference checks");
  assert.equal(row.version, 1);
  assert.equal(row.tags.length, 0);
  assert.equal(await ctx.prisma.tag.count({ where: { slug: "brand-new-tag" } }), 0);
  // An editor may create tags inline.
  const saved = await ed.saveArticle(editor, a.id, 1, input({ headline: "Reference checks", tags: ["Brand new tag", "brand new TAG"], authorIds: [writer.id, editor.id], leadMediaId: mediaId }));
  assert.equal(saved.version, 2);
  assert.equal(await ctx.prisma.tag.count({ where: { slug: "brand-new-tag" } }), 1);
  const authors = await ctx.prisma.articleAuthor.findMany({ where: { articleId: a.id }, orderBy: { position: "asc" } });
  assert.deepEqual(authors.map((x) => x.userId), [writer.id, editor.id]);
  assert.equal(await ctx.prisma.articleMedia.count({ where: { articleId: a.id, mediaId } }), 1);
});

test("the schema refuses wrong types, oversize fields and hostile bodies before the database", () => {
  const bad: unknown[] = [
    { ...fields(), headline: 42 },
    { ...fields(), headline: "" },
    { ...fields(), headline: "x".repeat(201) },
    { ...fields(), slug: "Not A Slug" },
    { ...fields(), sectionId: "1; DROP TABLE" },
    { ...fields(), authorIds: [] },
    { ...fields(), breaking: "yes" },
    { ...fields(), body: { type: "doc", content: [{ type: "script", text: "alert(1)" }] } },
    { ...fields(), body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] } },
    { ...fields(), body: { type: "doc", content: [{ type: "image", attrs: { src: "https://evil.example/x.png", alt: "x" } }] } },
    { ...fields(), body: { type: "doc", content: [{ type: "image", attrs: { src: "/media/x.png", alt: "" } }] } },
    { ...fields(), body: { type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x".repeat(1_100_000) }] }] } },
  ];
  for (const value of bad) assert.equal(articleFieldsSchema.safeParse(value).success, false, JSON.stringify(value).slice(0, 120));
  const ok = articleFieldsSchema.parse({ ...fields(), headline: "  <script>alert('x')</script> ‮ ", body: doc("'; DROP TABLE \"Article\"; --") });
  assert.equal(ok.headline, "<script>alert('x')</script> ‮");
});

test("workflow: submit, publish, change the slug (old one kept), unpublish; schedule in the past refused", async () => {
  const a = await ed.createArticle(writer, input({ headline: "Workflow story" }));
  const submitted = await ed.moveArticle(writer, a.id, 1, "submit");
  assert.equal(submitted.status, "IN_REVIEW");
  const published = await ed.moveArticle(editor, a.id, submitted.version, "publish");
  assert.equal(published.status, "PUBLISHED");
  assert.ok(published.publishedAt);
  assert.equal((await refusal(ed.saveArticle(writer, a.id, published.version, input({ headline: "Writer edits live story" })))).code, "forbidden");
  const renamed = await ed.saveArticle(editor, a.id, published.version, input({ headline: "Workflow story", slug: "workflow-story-renamed" }));
  assert.deepEqual((await ctx.prisma.slugHistory.findMany({ where: { articleId: a.id } })).map((s) => s.slug), ["workflow-story"]);
  assert.equal((await refusal(ed.moveArticle(editor, a.id, renamed.version, "submit"))).code, "invalid");
  const down = await ed.moveArticle(editor, a.id, renamed.version, "unpublish");
  assert.equal(down.status, "UNPUBLISHED");
  const past = await refusal(ed.moveArticle(editor, a.id, down.version, "schedule", { at: new Date(Date.now() - 60_000) }));
  assert.equal(past.code, "invalid");
  assert.match(past.message, /future/);
  const again = await ed.moveArticle(editor, a.id, down.version, "publish");
  assert.equal(again.publishedAt?.getTime(), published.publishedAt?.getTime(), "republishing keeps the first publication time");
  const actions = (await ctx.prisma.auditEvent.findMany({ where: { entityId: String(a.id) }, orderBy: { id: "asc" } })).map((e) => e.action);
  assert.deepEqual(actions, ["article.create", "article.submit", "article.publish", "article.slug", "article.unpublish", "article.publish"]);
  // The old slug cannot be taken by another article while it redirects.
  const taker = await ed.createArticle(editor, input({ headline: "Other", authorIds: [editor.id] }));
  assert.match((await refusal(ed.saveArticle(editor, taker.id, 1, input({ slug: "workflow-story", authorIds: [editor.id] })))).fields.slug ?? "", /already used/);
});

test("delete is soft and audited; only an admin restores, and a published article comes back unpublished", async () => {
  const a = await ed.createArticle(writer, input({ headline: "Delete me" }));
  const p = await ed.moveArticle(editor, a.id, 1, "publish");
  assert.equal((await refusal(ed.deleteArticle(writer, a.id, p.version))).code, "forbidden");
  const deleted = await ed.deleteArticle(editor, a.id, p.version);
  assert.ok((await ctx.prisma.article.findUniqueOrThrow({ where: { id: a.id } })).deletedAt);
  assert.equal((await refusal(ed.saveArticle(editor, a.id, deleted.version, input()))).code, "not_found");
  const restored = await ed.restoreArticle(admin, a.id);
  assert.equal(restored.status, "UNPUBLISHED");
  const draft = await ed.createArticle(writer, input({ headline: "Writer deletes own draft" }));
  await ed.deleteArticle(writer, draft.id, 1);
  const actions = (await ctx.prisma.auditEvent.findMany({ where: { entityId: String(a.id) }, orderBy: { id: "asc" } })).map((e) => e.action);
  assert.deepEqual(actions.slice(-2), ["article.delete", "article.restore"]);
});

test("revisions: the newest 50 ordinary ones are kept, and every published one", async () => {
  const a = await ed.createArticle(editor, input({ headline: "Many saves", authorIds: [editor.id] }));
  const published = await ed.moveArticle(editor, a.id, 1, "publish");
  let v = (await ed.moveArticle(editor, a.id, published.version, "unpublish")).version;
  for (let i = 0; i < 55; i++) v = (await ed.saveArticle(editor, a.id, v, input({ headline: `Many saves ${i}`, authorIds: [editor.id] }))).version;
  const revisions = await ctx.prisma.revision.findMany({ where: { articleId: a.id }, orderBy: { id: "asc" } });
  const ordinary = revisions.filter((r) => !r.published);
  assert.equal(ordinary.length, 50);
  assert.equal((ordinary[0]!.snapshot as { headline: string }).headline, "Many saves 5", "the oldest ordinary revisions went first");
  assert.ok(revisions.some((r) => r.version === 1 && r.published), "the published version is kept");
  const live = await ed.moveArticle(editor, a.id, v, "publish");
  await ed.saveArticle(editor, a.id, live.version, input({ headline: "Edited while live", authorIds: [editor.id] }));
  assert.equal((await ctx.prisma.revision.findFirstOrThrow({ where: { articleId: a.id }, orderBy: { id: "desc" } })).published, true, "a save while live is a published version");
});

test("two schedulers racing over the same due articles publish each exactly once", async () => {
  const ids: number[] = [];
  for (let i = 0; i < 30; i++) {
    const a = await ed.createArticle(editor, input({ headline: `Scheduled ${i}`, authorIds: [editor.id], sectionId: otherSectionId }));
    await ed.moveArticle(editor, a.id, 1, "schedule", { at: new Date(Date.now() + 120_000) });
    ids.push(a.id);
  }
  const future = await ed.createArticle(editor, input({ headline: "Not yet", authorIds: [editor.id] }));
  await ed.moveArticle(editor, future.id, 1, "schedule", { at: new Date(Date.now() + 3_600_000) });
  const due = new Date(Date.now() + 180_000);
  const runs = await Promise.all([ed.publishDueArticles(due, 7), ed.publishDueArticles(due, 7), ed.publishDueArticles(due, 7), ed.publishDueArticles(due, 7)]);
  let all = runs.flat();
  while (all.length < ids.length) {
    const more = (await Promise.all([ed.publishDueArticles(due, 7), ed.publishDueArticles(due, 7)])).flat();
    if (!more.length) break;
    all = all.concat(more);
  }
  assert.equal(new Set(all).size, all.length, "no article was published twice");
  assert.deepEqual([...all].sort((x, y) => x - y), ids);
  const events = await ctx.prisma.auditEvent.groupBy({ by: ["entityId"], where: { action: "article.publish", entityId: { in: ids.map(String) } }, _count: true });
  assert.ok(events.every((e) => e._count === 1) && events.length === ids.length);
  const rows = await ctx.prisma.article.findMany({ where: { id: { in: ids } } });
  assert.ok(rows.every((r) => r.status === "PUBLISHED" && r.publishedAt && r.scheduledAt === null));
  assert.equal((await ctx.prisma.article.findUniqueOrThrow({ where: { id: future.id } })).status, "SCHEDULED");
  assert.deepEqual(await ed.publishDueArticles(due), []);
});

test("each write names the cache tags it touched: none while off the site, both sides of a live move", async () => {
  const draft = await ed.createArticle(editor, input({ headline: "Lock keeper cache story", tags: ["Transport"], authorIds: [writer.id] }));
  assert.deepEqual(draft.invalidate, []);
  const edited = await ed.saveArticle(editor, draft.id, draft.version, input({ headline: "Lock keeper cache story", tags: ["Transport"], authorIds: [writer.id], standfirst: "Draft edit" }));
  assert.deepEqual(edited.invalidate, [], "a draft edit touches nothing public");
  const published = await ed.moveArticle(editor, draft.id, edited.version, "publish");
  assert.deepEqual([...published.invalidate].sort(), [`article:${draft.id}`, "author:walt", "feeds", "home", "section:world", "sitemaps", "tag:transport"]);
  const moved = await ed.saveArticle(editor, draft.id, published.version, input({ headline: "Lock keeper cache story", slug: "canal-cache-moved", tags: ["Harbours"], authorIds: [writer2.id], sectionId: otherSectionId }));
  for (const tag of ["section:world", "section:business", "tag:transport", "tag:harbours", "author:walt", "author:wanda", `article:${draft.id}`]) assert.ok(moved.invalidate.includes(tag), tag);
  const unpublished = await ed.moveArticle(editor, draft.id, moved.version, "unpublish");
  assert.ok(unpublished.invalidate.includes("section:business") && !unpublished.invalidate.includes("section:world"));
  const deleted = await ed.deleteArticle(editor, draft.id, unpublished.version);
  assert.deepEqual(deleted.invalidate, [], "deleting an unpublished story touches nothing public");
});

test("a Cyrillic tag never lands on an English tag's transliterated slug, and finds its own again", async () => {
  await ctx.prisma.tag.upsert({ where: { slug: "transport" }, create: { slug: "transport", name: "Transport" }, update: {} });
  // A Russian tag made before the `-ru` rule, at its plain slug: still found there.
  await ctx.prisma.tag.upsert({ where: { slug: "zima" }, create: { slug: "zima", name: "Зима" }, update: {} });
  const a = await ed.createArticle(editor, input({ headline: "Переправа через Верею", tags: ["Транспорт", "Transport", "Зима"] }));
  const tagsOf = async (id: number) =>
    (await ctx.prisma.articleTag.findMany({ where: { articleId: id }, include: { tag: true } })).map((t) => `${t.tag.slug}=${t.tag.name}`).sort();
  assert.deepEqual(await tagsOf(a.id), ["transport-ru=Транспорт", "transport=Transport", "zima=Зима"]);
  const b = await ed.createArticle(editor, input({ headline: "Автобус на электричестве", tags: ["транспорт"] }));
  assert.deepEqual(await tagsOf(b.id), ["transport-ru=Транспорт"]);
  assert.equal(await ctx.prisma.tag.count({ where: { slug: { startsWith: "transport" } } }), 2);
});
