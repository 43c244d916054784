// The record of applied cache announcements that proxy.ts answers a refresh from (lib/cache-applied.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { REMEMBERED, appliedHere, isAnnouncementId, markApplied } from "@/lib/cache-applied";

test("an id marked applied is known; one never marked, or not an id, is not", () => {
  const id = randomUUID();
  assert.equal(appliedHere(id), false);
  markApplied([id]);
  assert.equal(appliedHere(id), true);
  assert.equal(appliedHere(randomUUID()), false);
  assert.equal(appliedHere(null), false);
  for (const bad of ["", "<script>alert(1)</script>", "' OR 1=1 --", id.toUpperCase(), ` ${id}`, `${id}\n`, "x".repeat(100_000)]) {
    assert.equal(isAnnouncementId(bad), false, bad.slice(0, 40));
    markApplied([bad]);
    assert.equal(appliedHere(bad), false, bad.slice(0, 40));
  }
  assert.equal(isAnnouncementId(42), false);
});

test("only the newest REMEMBERED ids are kept; marking one again makes it new", () => {
  const first = randomUUID();
  const kept = randomUUID();
  markApplied([first, kept]);
  markApplied(Array.from({ length: REMEMBERED - 2 }, () => randomUUID()));
  markApplied([kept]);
  markApplied([randomUUID()]);
  assert.equal(appliedHere(first), false, "the oldest went first");
  assert.equal(appliedHere(kept), true, "marked again, it was kept");
  markApplied(Array.from({ length: 5 * REMEMBERED }, () => randomUUID()));
  assert.equal(appliedHere(kept), false);
  const state = globalThis as unknown as { datelineAppliedAnnouncements: Set<string> };
  assert.equal(state.datelineAppliedAnnouncements.size, REMEMBERED);
});
