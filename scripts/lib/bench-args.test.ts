// `npm run bench`'s options: defaults, each option, and bad input refused with the reason before
// anything is seeded or built.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseBenchArgs } from "./bench-args";
import { UserFacingError } from "./fail";

test("defaults: 100,000 stories, 50 connections for 10 s, Lighthouse on, the servers on the bench's own Node", () => {
  const o = parseBenchArgs([]);
  assert.deepEqual(
    { articles: o.articles, seconds: o.seconds, connections: o.connections, lighthouse: o.lighthouse, onlySearch: o.onlySearch, workers: o.workers, out: o.out },
    { articles: 100_000, seconds: 10, connections: 50, lighthouse: true, onlySearch: false, workers: 1, out: null },
  );
  assert.deepEqual(o.node, { binary: process.execPath, version: process.version });
});

test("each option is read", () => {
  const o = parseBenchArgs(["--articles", "2000", "--seconds", "5", "--connections", "10", "--no-lighthouse", "--out", "r.md", "--node", process.execPath]);
  assert.equal(o.articles, 2000);
  assert.equal(o.seconds, 5);
  assert.equal(o.connections, 10);
  assert.equal(o.lighthouse, false);
  assert.equal(o.out, path.resolve("r.md"));
  assert.deepEqual(o.node, { binary: process.execPath, version: process.version });
  assert.equal(parseBenchArgs(["--only", "search"]).onlySearch, true);
  assert.equal(parseBenchArgs(["--workers", "2"]).workers, 2);
});

test("bad input is refused with the reason", () => {
  const refused = (argv: string[], message: RegExp) => assert.throws(() => parseBenchArgs(argv), (e: unknown) => e instanceof UserFacingError && message.test(e.message));
  refused(["--articles"], /--articles needs a whole number from 0 to 2000000, got nothing/);
  refused(["--articles", "-5"], /got "-5"/);
  refused(["--articles", "1e5"], /got "1e5"/);
  refused(["--articles", "2000001"], /from 0 to 2000000/);
  refused(["--seconds", "1"], /--seconds needs a whole number from 2 to 60/);
  refused(["--connections", "0"], /--connections needs a whole number from 1 to 1000/);
  refused(["--only", "home"], /--only takes "search"/);
  refused(["--out"], /--out needs a file name/);
  refused(["--out", "--no-lighthouse"], /--out needs a file name/);
  refused(["--articles=5"], /unknown option "--articles=5"/);
  refused(["--workers", "0"], /--workers needs a whole number from 1 to 16, got "0"/);
  refused(["--workers", "two"], /got "two"/);
  refused(["--workers"], /got nothing/);
  refused(["--node"], /--node needs the path of a Node.js binary/);
  refused(["--node", "--no-lighthouse"], /--node needs the path of a Node.js binary/);
  refused(["--node", "/no/such/node"], /is not a Node.js binary that runs here/);
  // A file that runs but is not Node: it does not print a version.
  refused(["--node", "/bin/echo"], /is not a Node.js binary that runs here/);
  // A file that is not executable at all.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-args-")), "node");
  fs.writeFileSync(file, "<script>alert(1)</script>");
  try {
    refused(["--node", file], /is not a Node.js binary that runs here/);
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
