// `npm run test:unit`: unit and integration tests (*.test.ts beside the code) on a real PostgreSQL.
import fs from "node:fs";
import path from "node:path";
import { withTestServer } from "./lib/test-server";
import { nodeTestCounts, runEcho } from "./lib/run";
import { ROOT } from "./lib/schema-engine";
import { runCli, UserFacingError } from "./lib/fail";

const SKIP = new Set(["node_modules", ".next", ".data", ".git", "e2e", "generated", "test-results"]);

export function findTestFiles(dir = ROOT, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) findTestFiles(full, out);
    else if (/\.test\.tsx?$/.test(entry.name)) out.push(path.relative(ROOT, full));
  }
  return out.sort();
}

export async function runUnitTests(): Promise<{ passed: number; failed: number; code: number }> {
  const files = process.argv.slice(2).filter((a) => !a.startsWith("-"));
  const targets = files.length ? files : findTestFiles();
  const { code, output } = await runEcho(process.execPath, [
    "--conditions=react-server",
    // For tests that measure retained memory (the sitemap scale test): gc() before each sample.
    "--expose-gc",
    "--import",
    "tsx",
    "--test",
    "--test-reporter=spec",
    ...targets,
  ]);
  return { ...nodeTestCounts(output), code };
}

if (import.meta.filename === process.argv[1]) {
  runCli(async () => {
    const result = await withTestServer(() => runUnitTests());
    console.log(`${result.passed} passed, ${result.failed} failed`);
    if (result.code !== 0) throw new UserFacingError("unit tests failed");
  });
}
