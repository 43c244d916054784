// Users, sections and tags administration on real PostgreSQL: who may, what is refused, what
// is audited, and that sessions end when a role, password or account state changes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createTestDatabase } from "@/lib/testing/database";
import type { Actor } from "@/lib/permissions";
import { createUserSchema, sectionSchema } from "@/lib/validations/admin";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let admin: typeof import("./admin");
let ada: Actor, eve: Actor, walt: Actor, rita: Actor;

async function refused(promise: Promise<unknown>): Promise<InstanceType<typeof admin.AdminError>> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof admin.AdminError) return e;
    throw e;
  }
  assert.fail("expected a refusal");
}

before(async () => {
  ctx = await createTestDatabase("admin");
  process.env.DATABASE_URL = ctx.url;
  admin = await import("./admin");
  const mk = async (name: string, role: Actor["role"]) => (await ctx.prisma.user.create({ data: { email: `${name}@example.org`, name, slug: name, role } })) as Actor;
  ada = await mk("ada", "ADMIN");
  eve = await mk("eve", "EDITOR");
  walt = await mk("walt", "WRITER");
  rita = await mk("rita", "READER");
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
});

test("only admins manage users; every refusal leaves nothing behind", async () => {
  const input = createUserSchema.parse({ email: " New.Writer@Example.org ", name: "New Writer", role: "WRITER", password: "a long enough password" });
  assert.equal(input.email, "new.writer@example.org");
  for (const actor of [null, eve, walt, rita]) {
    const e = await refused(admin.createUser(actor, input));
    assert.equal(e.code, actor ? "forbidden" : "unauthorized");
    assert.equal((await refused(admin.changeRole(actor, walt.id, "ADMIN"))).code, actor ? "forbidden" : "unauthorized");
    assert.equal((await refused(admin.setDisabled(actor, walt.id, true))).code, actor ? "forbidden" : "unauthorized");
    assert.equal((await refused(admin.resetPassword(actor, walt.id, "another long password"))).code, actor ? "forbidden" : "unauthorized");
  }
  assert.equal(await ctx.prisma.user.count({ where: { email: input.email } }), 0);
  const created = await admin.createUser(ada, input);
  const row = await ctx.prisma.user.findUniqueOrThrow({ where: { id: created.id }, omit: { passwordHash: false } });
  assert.equal(row.slug, "new-writer");
  assert.match(row.passwordHash ?? "", /^\$argon2id\$/);
  assert.match((await refused(admin.createUser(ada, input))).fields.email ?? "", /already exists/);
  const again = await admin.createUser(ada, { ...input, email: "other@example.org" });
  assert.equal((await ctx.prisma.user.findUniqueOrThrow({ where: { id: again.id } })).slug, "new-writer-2");
});

test("role, password and disable changes end the user's sessions and are audited", async () => {
  const version = async () => (await ctx.prisma.user.findUniqueOrThrow({ where: { id: walt.id } })).sessionVersion;
  const v0 = await version();
  await admin.changeRole(ada, walt.id, "EDITOR");
  assert.equal(await version(), v0 + 1);
  await admin.resetPassword(ada, walt.id, "a brand new password");
  assert.equal(await version(), v0 + 2);
  await admin.setDisabled(ada, walt.id, true);
  assert.equal(await version(), v0 + 3);
  assert.ok((await ctx.prisma.user.findUniqueOrThrow({ where: { id: walt.id } })).disabledAt);
  await admin.setDisabled(ada, walt.id, false);
  await admin.changeRole(ada, walt.id, "WRITER");
  const actions = (await ctx.prisma.auditEvent.findMany({ where: { entityType: "user", entityId: String(walt.id) }, orderBy: { id: "asc" } })).map((e) => e.action);
  assert.deepEqual(actions, ["user.role", "user.password", "user.disable", "user.enable", "user.role"]);
  // Admins cannot lock themselves out.
  assert.equal((await refused(admin.changeRole(ada, ada.id, "READER"))).code, "invalid");
  assert.equal((await refused(admin.setDisabled(ada, ada.id, true))).code, "invalid");
  assert.equal((await refused(admin.changeRole(ada, 999999, "READER"))).code, "not_found");
});

test("sections: admins only, reserved and duplicate slugs refused, a section with articles is not deleted", async () => {
  const world = await admin.createSection(ada, sectionSchema.parse({ name: "World", slug: "", description: "", position: 0 }));
  assert.equal((await ctx.prisma.section.findUniqueOrThrow({ where: { id: world.id } })).slug, "world");
  assert.equal((await refused(admin.createSection(eve, sectionSchema.parse({ name: "X", slug: "", description: "", position: 0 })))).code, "forbidden");
  assert.match((await refused(admin.createSection(ada, sectionSchema.parse({ name: "Newsroom", slug: "", description: "", position: 1 })))).fields.slug ?? "", /used by the site/);
  assert.match((await refused(admin.createSection(ada, sectionSchema.parse({ name: "World again", slug: "world", description: "", position: 1 })))).fields.slug ?? "", /Already used/);
  assert.match((await refused(admin.createSection(ada, sectionSchema.parse({ name: "!!!", slug: "", description: "", position: 1 })))).fields.slug ?? "", /letter or digit/);
  assert.equal(sectionSchema.safeParse({ name: "<b>x</b>", slug: "Bad Slug", description: "", position: 0 }).success, false);
  assert.equal(sectionSchema.safeParse({ name: "x", slug: "", description: "", position: "ten" }).success, false);
  await admin.updateSection(ada, world.id, { name: "World news", slug: "world", description: "Everywhere", position: 2 });
  await ctx.prisma.article.create({ data: { headline: "H", slug: "h", body: { type: "doc", content: [] }, sectionId: world.id } });
  assert.match((await refused(admin.deleteSection(ada, world.id))).message, /still holds 1 article/);
  const empty = await admin.createSection(ada, sectionSchema.parse({ name: "Empty", slug: "", description: "", position: 3 }));
  await admin.deleteSection(ada, empty.id);
  assert.equal(await ctx.prisma.section.count({ where: { id: empty.id } }), 0);
});

test("tags: editors rename (the URL stays) and delete (removed from articles); writers cannot", async () => {
  const section = await ctx.prisma.section.create({ data: { name: "Tags test", slug: "tags-test" } });
  const tag = await ctx.prisma.tag.create({ data: { name: "Elections", slug: "elections" } });
  const article = await ctx.prisma.article.create({ data: { headline: "T", slug: "t", body: { type: "doc", content: [] }, sectionId: section.id, tags: { create: { tagId: tag.id } } } });
  assert.equal((await refused(admin.renameTag(walt, tag.id, "Votes"))).code, "forbidden");
  assert.equal((await refused(admin.deleteTag(walt, tag.id))).code, "forbidden");
  await admin.renameTag(eve, tag.id, "Votes");
  assert.deepEqual(await ctx.prisma.tag.findUniqueOrThrow({ where: { id: tag.id }, select: { name: true, slug: true } }), { name: "Votes", slug: "elections" });
  const listed = await admin.listTagsForAdmin("vot", 1);
  assert.equal(listed.total, 1);
  await admin.deleteTag(eve, tag.id);
  assert.equal(await ctx.prisma.articleTag.count({ where: { articleId: article.id } }), 0);
  assert.equal((await refused(admin.deleteTag(eve, tag.id))).code, "not_found");
});

test("users list: finds by part of a name or email in any case, filters by role, pages", async () => {
  for (let i = 0; i < 7; i++) await ctx.prisma.user.create({ data: { email: `page-reader-${i}@example.org`, name: `Paged Reader ${i}`, slug: `paged-reader-${i}`, role: "READER" } });
  const byEmail = await admin.listUsers({ q: "PAGE-READER-3@" });
  assert.deepEqual(byEmail.users.map((u) => u.email), ["page-reader-3@example.org"]);
  assert.equal((await admin.listUsers({ q: "paged reader" })).total, 7);
  const writers = await admin.listUsers({ role: "WRITER" });
  assert.ok(writers.users.length > 0 && writers.users.every((u) => u.role === "WRITER"));
  const first = await admin.listUsers({ q: "paged", role: "READER", page: 1, pageSize: 5 });
  const second = await admin.listUsers({ q: "paged", role: "READER", page: 2, pageSize: 5 });
  assert.equal(first.total, 7);
  assert.deepEqual([...first.users, ...second.users].map((u) => u.name), [0, 1, 2, 3, 4, 5, 6].map((i) => `Paged Reader ${i}`));
  assert.equal((await admin.listUsers({ q: "paged", page: 9, pageSize: 5 })).users.length, 0);
  // Hostile text is a literal to match, not SQL or a pattern.
  assert.equal((await admin.listUsers({ q: "%' OR 1=1 --" })).total, 0);
  assert.equal((await admin.listUsers({ q: "%" })).total, 0);
  assert.equal((await admin.listUsers({ q: "_" })).total, 0);
  assert.equal((await admin.listUsers({ q: "\\" })).total, 0);
  await ctx.prisma.user.create({ data: { email: "under_score@example.org", name: "100% Sure", slug: "sure", role: "READER" } });
  assert.deepEqual((await admin.listUsers({ q: "_" })).users.map((u) => u.email), ["under_score@example.org"]);
  assert.deepEqual((await admin.listUsers({ q: "0%" })).users.map((u) => u.name), ["100% Sure"]);
  await ctx.prisma.tag.create({ data: { name: "Rates", slug: "rates" } });
  assert.equal((await admin.listTagsForAdmin("at", 1)).total, 1);
  assert.equal((await admin.listTagsForAdmin("%", 1)).total, 0);
});
