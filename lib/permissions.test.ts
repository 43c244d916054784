// The permission matrix, role by role.
import { test } from "node:test";
import assert from "node:assert/strict";
import * as p from "./permissions";

const admin = { id: 1, role: "ADMIN" } as const;
const editor = { id: 2, role: "EDITOR" } as const;
const writer = { id: 3, role: "WRITER" } as const;
const reader = { id: 4, role: "READER" } as const;
const own = { createdById: 3, authorIds: [3] };
const coAuthored = { createdById: 9, authorIds: [9, 3] };
const others = { createdById: 9, authorIds: [9] };

test("newsroom access: staff yes, readers and anonymous no", () => {
  assert.deepEqual([admin, editor, writer, reader, null].map(p.canAccessNewsroom), [true, true, true, false, false]);
});

test("editing: editors and admins everything, writers their own or co-authored only", () => {
  for (const article of [own, coAuthored, others]) {
    assert.equal(p.canEditArticle(admin, article), true);
    assert.equal(p.canEditArticle(editor, article), true);
    assert.equal(p.canEditArticle(reader, article), false);
    assert.equal(p.canEditArticle(null, article), false);
  }
  assert.equal(p.canEditArticle(writer, own), true);
  assert.equal(p.canEditArticle(writer, coAuthored), true);
  assert.equal(p.canEditArticle(writer, others), false);
});

test("publishing, tags, sections, users and audit", () => {
  const row = (u: p.Actor | null) => [p.canPublish(u), p.canManageTags(u), p.canManageSections(u), p.canManageUsers(u), p.canViewAuditLog(u)];
  assert.deepEqual(row(admin), [true, true, true, true, true]);
  assert.deepEqual(row(editor), [true, true, false, false, false]);
  assert.deepEqual(row(writer), [false, false, false, false, false]);
  assert.deepEqual(row(reader), [false, false, false, false, false]);
  assert.deepEqual(row(null), [false, false, false, false, false]);
});

test("content edits, tag creation, delete and restore", () => {
  const draft = { ...own, status: "DRAFT", publishedAt: null };
  const live = { ...own, status: "PUBLISHED", publishedAt: new Date() };
  const unpublished = { ...own, status: "UNPUBLISHED", publishedAt: new Date() };
  assert.equal(p.canEditContent(writer, draft), true);
  assert.equal(p.canEditContent(writer, live), false);
  assert.equal(p.canEditContent(writer, { ...others, status: "DRAFT" }), false);
  assert.equal(p.canEditContent(editor, live), true);
  assert.deepEqual([admin, editor, writer, reader, null].map(p.canCreateTags), [true, true, false, false, false]);
  assert.equal(p.canDeleteArticle(writer, draft), true);
  assert.equal(p.canDeleteArticle(writer, unpublished), false, "once published, only an editor deletes");
  assert.equal(p.canDeleteArticle(writer, { ...others, status: "DRAFT" }), false);
  assert.equal(p.canDeleteArticle(editor, live), true);
  assert.equal(p.canDeleteArticle(reader, draft), false);
  assert.deepEqual([admin, editor, writer, reader, null].map(p.canRestoreArticle), [true, false, false, false, false]);
});

test("media: staff upload; uploaders edit and delete their own, editors and admins any; readers nothing", () => {
  assert.deepEqual([admin, editor, writer, reader, null].map(p.canUploadMedia), [true, true, true, false, false]);
  const writersUpload = { uploadedById: 3 };
  const someoneElses = { uploadedById: 9 };
  const orphaned = { uploadedById: null };
  for (const check of [p.canEditMedia, p.canDeleteMedia]) {
    for (const media of [writersUpload, someoneElses, orphaned]) {
      assert.equal(check(admin, media), true);
      assert.equal(check(editor, media), true);
      assert.equal(check(null, media), false);
    }
    assert.equal(check(writer, writersUpload), true);
    assert.equal(check(writer, someoneElses), false);
    assert.equal(check(writer, orphaned), false);
    // A reader who somehow owns a row (role changed since) still may not touch it.
    assert.equal(check({ id: 3, role: "READER" }, writersUpload), false);
  }
});
