// Account input rules shared by forms and actions: email normalisation and look-alikes, names,
// password rules (and the server's common-password list).
import { test } from "node:test";
import assert from "node:assert/strict";
import { bookmarkSchema, emailSchema, followSchema, nameSchema, signUpSchema, tokenSchema } from "./account";
import { isCommonPassword, passwordVariants } from "@/lib/data/password-rules";

const email = (v: unknown) => emailSchema.safeParse(v);

test("emails are NFKC-normalised, trimmed and lower-cased", () => {
  assert.equal(email("  Reader@Example.ORG ").data, "reader@example.org");
  // Fullwidth letters and the "@" fold into plain ASCII: the same account, not a look-alike one.
  assert.equal(email("ｒｅａｄｅｒ＠ｅｘａｍｐｌｅ.org").data, "reader@example.org");
  assert.equal(email("a.b+news@sub.example.co.uk").data, "a.b+news@sub.example.co.uk");
});

test("look-alike and non-ASCII addresses are refused with a reason", () => {
  // Cyrillic "а" (U+0430) in the local part, Greek omicron in the domain, an IDN domain.
  for (const bad of ["reаder@example.org", "reader@exαmple.org", "reader@bücher.example", "пользователь@example.org"]) {
    const result = email(bad);
    assert.equal(result.success, false, bad);
    assert.match(result.error!.issues[0]!.message, /plain Latin letters/, bad);
  }
});

test("malformed, empty and overlong addresses are refused", () => {
  for (const bad of ["", "   ", "no-at-sign", "@example.org", "a@", "a@b", "a..b@example.org", ".a@example.org", "a@-example.org", "a@example..org", "a b@example.org", "a@example.org\u0000x@evil.org"]) {
    assert.equal(email(bad).success, false, JSON.stringify(bad));
  }
  assert.match(email(`${"a".repeat(250)}@example.org`).error!.issues[0]!.message, /at most 254/);
  assert.equal(email(`${"a".repeat(65)}@example.org`).success, false, "local part over 64");
  assert.equal(email("x".repeat(5000)).success, false);
  assert.equal(email(42).success, false);
});

test("names are normalised, and empty or overlong names refused", () => {
  assert.equal(nameSchema.parse("  Ada \n Lovelace "), "Ada Lovelace");
  assert.equal(nameSchema.safeParse("   ").success, false);
  assert.equal(nameSchema.safeParse("x".repeat(81)).success, false);
  assert.equal(nameSchema.safeParse("x".repeat(80)).success, true);
});

test("sign-up explains each password rule", () => {
  const base = { email: "new@example.org", name: "New" };
  const message = (password: string) => signUpSchema.safeParse({ ...base, password }).error?.issues.find((i) => i.path[0] === "password")?.message;
  assert.match(message("short") ?? "", /at least 10/);
  assert.match(message("x".repeat(129)) ?? "", /at most 128/);
  assert.match(message("aaaaaaaaaaaa") ?? "", /one character repeated/);
  assert.match(message("new@example.org") ?? "", /cannot be your email/);
  assert.equal(message("tidal orchard lantern"), undefined);
});

test("the common-password list catches listed passwords in disguise, and only those", () => {
  for (const common of ["password123", "Password1234!", "P@ssw0rd2026", "qwertyuiop", "1234567890", "  Sunshine  2024 ", "dragondragon", "iloveyou!!", "Dateline2026"]) {
    assert.equal(isCommonPassword(common), true, common);
  }
  for (const fine of ["tidal orchard lantern", "gz7#Qm2!vRt9", "correct horse battery 77"]) assert.equal(isCommonPassword(fine), false, fine);
  assert.ok(passwordVariants("P@ssw0rd!").includes("password"));
});

test("tokens, bookmark and follow input are strictly shaped", () => {
  assert.equal(tokenSchema.safeParse("a".repeat(43)).success, true);
  for (const bad of ["a".repeat(42), "a".repeat(44), `${"a".repeat(42)}=`, "../../etc/passwd", ""]) assert.equal(tokenSchema.safeParse(bad).success, false, bad);
  assert.equal(bookmarkSchema.safeParse({ articleId: "12", saved: true }).data?.articleId, 12);
  for (const bad of [0, -1, 1.5, "abc", 2_147_483_648, null]) assert.equal(bookmarkSchema.safeParse({ articleId: bad, saved: true }).success, false, String(bad));
  assert.equal(followSchema.safeParse({ kind: "user", id: 1, following: true }).success, false);
  assert.equal(followSchema.safeParse({ kind: "tag", id: 1, following: "yes" }).success, false);
});
