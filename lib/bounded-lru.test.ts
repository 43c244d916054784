import { test } from "node:test";
import assert from "node:assert/strict";
import { BoundedLru } from "@/lib/bounded-lru";

test("keeps at most `capacity` entries, dropping the least recently used; a read counts as a use", () => {
  const lru = new BoundedLru<string, number>(3, 60_000);
  lru.set("a", 1);
  lru.set("b", 2);
  lru.set("c", 3);
  assert.equal(lru.get("a"), 1);
  lru.set("d", 4);
  assert.equal(lru.size, 3);
  assert.equal(lru.get("b"), undefined, "b was the least recently used");
  assert.deepEqual([lru.get("a"), lru.get("c"), lru.get("d")], [1, 3, 4]);
  // Setting a key again replaces it without growing.
  lru.set("a", 10);
  assert.equal(lru.size, 3);
  assert.equal(lru.get("a"), 10);
});

test("an entry older than ttlMs is gone", () => {
  const lru = new BoundedLru<string, string>(10, 1000);
  lru.set("k", "v", 5000);
  assert.equal(lru.get("k", 5999), "v");
  assert.equal(lru.get("k", 6000), undefined);
  assert.equal(lru.size, 0);
});

test("deleteWhere and clear", () => {
  const lru = new BoundedLru<number, string>(10, 1000);
  for (let i = 0; i < 6; i++) lru.set(i, i % 2 ? "odd" : "even");
  lru.deleteWhere((k, v) => v === "odd" || k === 0);
  assert.equal(lru.size, 2);
  assert.deepEqual([lru.get(2), lru.get(4), lru.get(1)], ["even", "even", undefined]);
  lru.clear();
  assert.equal(lru.size, 0);
});
