// The media library on real PostgreSQL and a temporary media folder: every accepted format is
// re-encoded without EXIF/GPS and with variants; every bad upload is refused with a clear
// message and leaves no file and no row; metadata edits and deletes follow the permissions;
// an image in use is not deleted and the refusal names the articles.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { createTestDatabase } from "@/lib/testing/database";
import { makeAnimatedGif, makeImage, makeJpegWithExif, makePngBomb, SCRIPT_AS_JPG, SVG_WITH_SCRIPT } from "@/lib/testing/images";
import { mediaFieldsSchema } from "@/lib/validations/media";
import type { Actor } from "@/lib/permissions";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
let dir: string;
let media: typeof import("./media");
let admin: Actor, editor: Actor, writer: Actor, writer2: Actor, reader: Actor;
let sectionId: number;

const meta = (alt = "Harbour cranes at dawn", more: Record<string, string> = {}) => mediaFieldsSchema.parse({ alt, caption: "", credit: "", source: "", ...more });

function filesOnDisk(): string[] {
  if (!fs.existsSync(dir)) return [];
  return (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
}

async function refusal(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (e) {
    if (e instanceof media.MediaError) return e;
    throw e;
  }
  assert.fail("expected a refusal");
}

before(async () => {
  ctx = await createTestDatabase("media");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-media-data-"));
  process.env.DATABASE_URL = ctx.url;
  process.env.MEDIA_DIR = dir;
  process.env.MEDIA_MAX_UPLOAD_MB = "2";
  process.env.MEDIA_MAX_MEGAPIXELS = "20";
  media = await import("./media");
  const mk = async (name: string, role: "ADMIN" | "EDITOR" | "WRITER" | "READER") => (await ctx.prisma.user.create({ data: { email: `${name}@example.org`, name, slug: name, role } })) as Actor;
  admin = await mk("ada", "ADMIN");
  editor = await mk("eve", "EDITOR");
  writer = await mk("walt", "WRITER");
  writer2 = await mk("wanda", "WRITER");
  reader = await mk("rita", "READER");
  sectionId = (await ctx.prisma.section.create({ data: { name: "World", slug: "world" } })).id;
});
after(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await ctx.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("each accepted format is stored re-encoded with WebP variants narrower than the original", async () => {
  for (const format of ["jpeg", "png", "webp", "avif", "gif"] as const) {
    const item = await media.uploadMedia(writer, await makeImage(format, 1100, 700), meta(`A ${format} picture`));
    const row = await ctx.prisma.media.findUniqueOrThrow({ where: { id: item.id } });
    assert.equal(row.mimeType, `image/${format}`);
    assert.equal(row.width, 1100);
    assert.equal(row.height, 700);
    assert.equal(row.uploadedById, writer.id);
    const variants = row.variants as { width: number; height: number; key: string }[];
    assert.deepEqual(variants.map((v) => v.width), [320, 640, 1024]);
    for (const v of variants) {
      assert.match(v.key, /-w\d+\.webp$/);
      const m = await sharp(path.join(dir, v.key)).metadata();
      assert.equal(m.format, "webp");
      assert.equal(m.width, v.width);
    }
    assert.equal((await sharp(path.join(dir, row.storageKey)).metadata()).format, format === "avif" ? "heif" : format);
    assert.equal(item.src, `/media/${row.storageKey}`);
  }
});

test("EXIF and GPS are stripped and the orientation is applied", async () => {
  const input = await makeJpegWithExif(1200, 800);
  assert.ok((await sharp(input).metadata()).exif, "the test file does carry EXIF");
  const item = await media.uploadMedia(editor, input, meta("Sideways"));
  const row = await ctx.prisma.media.findUniqueOrThrow({ where: { id: item.id } });
  const stored = fs.readFileSync(path.join(dir, row.storageKey));
  const m = await sharp(stored).metadata();
  assert.equal(m.exif, undefined);
  assert.equal(m.orientation, undefined);
  assert.equal(stored.includes(Buffer.from("TestCam")), false);
  assert.deepEqual([m.width, m.height, row.width, row.height], [800, 1200, 800, 1200], "turned upright");
});

test("an animated GIF keeps its animation; its variants are animated WebP", async () => {
  const item = await media.uploadMedia(writer, await makeAnimatedGif(700, 300, 3), meta("Animated chart"));
  const row = await ctx.prisma.media.findUniqueOrThrow({ where: { id: item.id } });
  assert.deepEqual([row.width, row.height], [700, 300]);
  const original = await sharp(path.join(dir, row.storageKey), { animated: true }).metadata();
  assert.equal(original.pages, 3);
  const [first] = row.variants as { key: string }[];
  const variant = await sharp(path.join(dir, first!.key), { animated: true }).metadata();
  assert.deepEqual([variant.format, variant.pages], ["webp", 3]);
});

test("bad uploads are refused with a clear message, and leave no file and no row", async () => {
  const before = { files: filesOnDisk(), rows: await ctx.prisma.media.count() };
  const cases: [string, Buffer | Promise<Buffer>, RegExp][] = [
    ["a script renamed .jpg", SCRIPT_AS_JPG, /not a JPEG, PNG, WebP, AVIF or GIF/],
    ["an SVG with a script", SVG_WITH_SCRIPT, /not a JPEG, PNG, WebP, AVIF or GIF/],
    ["a decompression bomb", makePngBomb(), /50000×50000; the limit is 20 megapixels/],
    ["an empty file", Buffer.alloc(0), /empty/],
    ["a file over the size limit", Buffer.concat([await makeImage("jpeg", 64, 64), Buffer.alloc(2 * 1024 * 1024)]), /the limit is 2 MB/],
    ["a truncated JPEG", makeImage("jpeg", 400, 300).then((b) => b.subarray(0, Math.floor(b.length / 2))), /could not be (read|decoded)/],
    ["a PNG signature on JPEG data", makeImage("jpeg", 50, 50).then((b) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), b])), /could not be read|does not match/],
  ];
  for (const [name, bytes, message] of cases) {
    const e = await refusal(media.uploadMedia(writer, await bytes, meta()));
    assert.equal(e.code, "invalid", name);
    assert.match(e.fields.file ?? "", message, name);
  }
  assert.deepEqual(filesOnDisk(), before.files);
  assert.equal(await ctx.prisma.media.count(), before.rows);
});

test("a failed row insert removes the files already written", async () => {
  const before = filesOnDisk();
  // A uploader id that does not exist fails the foreign key after the files are stored.
  await assert.rejects(media.uploadMedia({ id: 999_999, role: "WRITER" }, await makeImage("png", 700, 400), meta()));
  assert.deepEqual(filesOnDisk(), before);
});

test("readers and anonymous users cannot upload, list, edit or delete", async () => {
  const png = await makeImage("png", 100, 100);
  assert.equal((await refusal(media.uploadMedia(reader, png, meta()))).code, "forbidden");
  assert.equal((await refusal(media.uploadMedia(null, png, meta()))).code, "unauthorized");
  assert.equal((await refusal(media.listMedia(reader, "", 1))).code, "forbidden");
  const item = await media.uploadMedia(writer, png, meta("Reader test"));
  assert.equal((await refusal(media.updateMedia(reader, item.id, meta("Hacked")))).code, "forbidden");
  assert.equal((await refusal(media.deleteMedia(reader, item.id))).code, "forbidden");
});

test("metadata: writers edit their own uploads only; editors and admins any; unknown ids are not found", async () => {
  const mine = await media.uploadMedia(writer, await makeImage("jpeg", 300, 200), meta("Mine"));
  const edited = await media.updateMedia(writer, mine.id, meta("Mine, described", { caption: "Cap", credit: "Walt / Dateline", source: "Staff" }));
  assert.deepEqual([edited.alt, edited.caption, edited.credit, edited.source], ["Mine, described", "Cap", "Walt / Dateline", "Staff"]);
  const forged = await refusal(media.updateMedia(writer2, mine.id, meta("Forged")));
  assert.equal(forged.code, "forbidden");
  assert.equal((await ctx.prisma.media.findUniqueOrThrow({ where: { id: mine.id } })).alt, "Mine, described");
  assert.equal((await refusal(media.deleteMedia(writer2, mine.id))).code, "forbidden");
  assert.equal((await media.updateMedia(editor, mine.id, meta("By the editor"))).alt, "By the editor");
  assert.equal((await media.updateMedia(admin, mine.id, meta("By the admin"))).alt, "By the admin");
  assert.equal((await refusal(media.updateMedia(editor, 2_000_000_000, meta()))).code, "not_found");
  assert.equal((await refusal(media.deleteMedia(editor, 2_000_000_000))).code, "not_found");
});

test("alt text is required and fields have limits", () => {
  const r = mediaFieldsSchema.safeParse({ alt: "   ", caption: "x".repeat(1001), credit: "y".repeat(201), source: "z".repeat(501) });
  assert.equal(r.success, false);
  const paths = r.error!.issues.map((i) => i.path[0]).sort();
  assert.deepEqual(paths, ["alt", "caption", "credit", "source"]);
  assert.deepEqual(mediaFieldsSchema.parse({ alt: " A ", caption: " ", credit: "", source: "" }), { alt: "A", caption: null, credit: null, source: null });
});

test("browse newest first with search by alt, caption and credit; pages of 24", async () => {
  const a = await media.uploadMedia(writer, await makeImage("png", 200, 100), meta("Lighthouse keeper", { credit: "Quentin Zebulon" }));
  const b = await media.uploadMedia(writer, await makeImage("png", 200, 100), meta("Market stalls", { caption: "The lighthouse market" }));
  const all = await media.listMedia(writer, "", 1);
  assert.equal(all.items[0]!.id, b.id);
  assert.equal(all.items[1]!.id, a.id);
  assert.deepEqual((await media.listMedia(editor, "LIGHTHOUSE", 1)).items.map((i) => i.id), [b.id, a.id]);
  assert.deepEqual((await media.listMedia(editor, "zebulon", 1)).items.map((i) => i.id), [a.id]);
  assert.equal((await media.listMedia(editor, "nothing-matches-this", 1)).total, 0);
  assert.ok(all.items[0]!.srcSet.includes(" 200w"));
  const far = await media.listMedia(editor, "", 999);
  assert.equal(far.page, far.pages);
});

test("an image in use is not deleted: the refusal lists the articles; once unused it goes, files too", async () => {
  const item = await media.uploadMedia(writer, await makeImage("jpeg", 900, 600), meta("Used image"));
  const row = await ctx.prisma.media.findUniqueOrThrow({ where: { id: item.id } });
  const keys = [row.storageKey, ...(row.variants as { key: string }[]).map((v) => v.key)];
  const article = await ctx.prisma.article.create({ data: { headline: "Port strike ends", slug: "port-strike-ends", sectionId, leadMediaId: item.id, createdById: writer.id, body: {} } });
  const inBody = await ctx.prisma.article.create({ data: { headline: "Quiet docks", slug: "quiet-docks", sectionId, createdById: writer.id, body: {}, deletedAt: new Date() } });
  await ctx.prisma.articleMedia.create({ data: { articleId: inBody.id, mediaId: item.id } });

  const detail = await media.getMediaDetail(writer, item.id);
  assert.deepEqual(detail!.usedIn.map((u) => [u.headline, u.lead, u.deleted]).sort(), [["Port strike ends", true, false], ["Quiet docks", false, true]]);
  const refused = await refusal(media.deleteMedia(editor, item.id));
  assert.equal(refused.code, "in_use");
  assert.match(refused.message, /“Port strike ends”/);
  assert.match(refused.message, /“Quiet docks” \(deleted\)/);
  assert.equal(refused.usedIn.length, 2);
  for (const key of keys) assert.ok(fs.existsSync(path.join(dir, key)));

  await ctx.prisma.article.update({ where: { id: article.id }, data: { leadMediaId: null } });
  await ctx.prisma.articleMedia.deleteMany({ where: { mediaId: item.id } });
  assert.deepEqual(await media.deleteMedia(writer, item.id), { id: item.id });
  assert.equal(await ctx.prisma.media.findUnique({ where: { id: item.id } }), null);
  for (const key of keys) assert.equal(fs.existsSync(path.join(dir, key)), false, key);
  assert.equal(await media.getMediaDetail(writer, item.id), null);
});

test("an author photo is a use too", async () => {
  const item = await media.uploadMedia(editor, await makeImage("jpeg", 200, 200), meta("Portrait"));
  await ctx.prisma.user.update({ where: { id: writer2.id }, data: { avatarId: item.id } });
  const refused = await refusal(media.deleteMedia(admin, item.id));
  assert.equal(refused.code, "in_use");
  assert.match(refused.message, /an author photo/);
});
