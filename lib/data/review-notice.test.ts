// "Ready for review" mail on real PostgreSQL, through the dev mailbox folder: who gets it, what
// it says, and that hostile headlines cannot break the mail's header.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase } from "@/lib/testing/database";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let notice: typeof import("./review-notice");
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-review-"));
const users: Record<string, number> = {};

function mailbox(): { to: string; subject: string; text: string; link?: string }[] {
  const dir = path.join(dataDir, "mail");
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), "utf8")));
}

before(async () => {
  ctx = await createTestDatabase("reviewnotice");
  process.env.DATABASE_URL = ctx.url;
  process.env.DATELINE_DATA_DIR = dataDir;
  process.env.SITE_URL = "https://news.example";
  notice = await import("./review-notice");
  for (const [name, role, disabled] of [["walt", "WRITER", false], ["eve", "EDITOR", false], ["ada", "ADMIN", false], ["old", "EDITOR", true], ["rita", "READER", false]] as const) {
    users[name] = (await ctx.prisma.user.create({ data: { email: `${name}@example.org`, name: name.toUpperCase(), slug: name, role, disabledAt: disabled ? new Date() : null } })).id;
  }
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function story(headline: string, status: "IN_REVIEW" | "DRAFT" = "IN_REVIEW") {
  const section = await ctx.prisma.section.upsert({ where: { slug: "world" }, create: { name: "World", slug: "world" }, update: {} });
  return (await ctx.prisma.article.create({ data: { headline, slug: `s-${Date.now()}`, body: {}, sectionId: section.id, status } })).id;
}

test("every active editor and admin but the submitter is told, with a link into the newsroom", async () => {
  const id = await story("Harbour pilots vote on strike");
  assert.equal(await notice.notifyReviewers(id, users.walt!), 2);
  const mail = mailbox();
  assert.deepEqual(mail.map((m) => m.to).sort(), ["ada@example.org", "eve@example.org"]);
  assert.equal(mail[0]!.subject, "Ready for review: Harbour pilots vote on strike");
  assert.match(mail[0]!.text, /^WALT submitted “Harbour pilots vote on strike” for review/);
  assert.equal(mail[0]!.link, `https://news.example/newsroom/articles/${id}`);
  // An editor submitting their own story tells the others, not themselves.
  fs.rmSync(path.join(dataDir, "mail"), { recursive: true, force: true });
  assert.equal(await notice.notifyReviewers(id, users.eve!), 1);
  assert.deepEqual(mailbox().map((m) => m.to), ["ada@example.org"]);
});

test("nothing is sent for a story that is no longer in review, or does not exist", async () => {
  fs.rmSync(path.join(dataDir, "mail"), { recursive: true, force: true });
  assert.equal(await notice.notifyReviewers(await story("Withdrawn already", "DRAFT"), users.walt!), 0);
  assert.equal(await notice.notifyReviewers(987654, users.walt!), 0);
  assert.deepEqual(mailbox(), []);
});

test("a headline with line breaks and control characters stays one header line", async () => {
  fs.rmSync(path.join(dataDir, "mail"), { recursive: true, force: true });
  const id = await story(`Bcc: victim@example.org\r\nSubject: pwned\u0007 ${"x".repeat(300)}`);
  await notice.notifyReviewers(id, users.walt!);
  const [first] = mailbox();
  assert.doesNotMatch(first!.subject, /[\r\n\u0007]/);
  assert.ok(first!.subject.length <= "Ready for review: ".length + 150);
  assert.match(first!.subject, /^Ready for review: Bcc: victim@example\.org Subject: pwned x+…$/);
});
