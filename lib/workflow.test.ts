// The workflow table: every move from every state, for every role.
import { test } from "node:test";
import assert from "node:assert/strict";
import { availableMoves, checkMove, WORKFLOW_ACTIONS } from "./workflow";

const editor = { id: 2, role: "EDITOR" } as const;
const writer = { id: 3, role: "WRITER" } as const;
const reader = { id: 4, role: "READER" } as const;
const mine = (status: string) => ({ createdById: 3, authorIds: [3], status });
const theirs = (status: string) => ({ createdById: 9, authorIds: [9], status });

test("editors: every move that the state allows", () => {
  assert.deepEqual(availableMoves(editor, mine("DRAFT")), ["submit", "publish", "schedule"]);
  assert.deepEqual(availableMoves(editor, mine("IN_REVIEW")), ["withdraw", "publish", "schedule"]);
  assert.deepEqual(availableMoves(editor, mine("SCHEDULED")), ["publish", "schedule", "unschedule"]);
  assert.deepEqual(availableMoves(editor, mine("PUBLISHED")), ["unpublish"]);
  assert.deepEqual(availableMoves(editor, mine("UNPUBLISHED")), ["submit", "publish", "schedule"]);
});

test("writers: submit and withdraw their own work, nothing on anyone else's", () => {
  assert.deepEqual(availableMoves(writer, mine("DRAFT")), ["submit"]);
  assert.deepEqual(availableMoves(writer, mine("IN_REVIEW")), ["withdraw"]);
  assert.deepEqual(availableMoves(writer, mine("PUBLISHED")), []);
  for (const status of ["DRAFT", "IN_REVIEW", "SCHEDULED", "PUBLISHED", "UNPUBLISHED"]) {
    assert.deepEqual(availableMoves(writer, theirs(status)), []);
    assert.deepEqual(availableMoves(reader, mine(status)), []);
    assert.deepEqual(availableMoves(null, mine(status)), []);
  }
  const publish = checkMove(writer, mine("IN_REVIEW"), "publish");
  assert.equal(publish.ok, false);
  assert.equal(!publish.ok && publish.reason, "forbidden");
  const wrongState = checkMove(editor, mine("PUBLISHED"), "submit");
  assert.equal(!wrongState.ok && wrongState.reason, "invalid");
  assert.equal(checkMove(editor, mine("DRAFT"), "bogus" as (typeof WORKFLOW_ACTIONS)[number]).ok, false);
});
