// `npm test`: lint, typecheck, unit + integration tests on a real PostgreSQL, then Playwright e2e
// in Chromium against the production build. Ends with one "N passed, N failed" line.
import path from "node:path";
import { runEcho } from "./lib/run";
import { ROOT } from "./lib/schema-engine";
import { withTestServer } from "./lib/test-server";
import { runUnitTests } from "./test-unit";
import { runE2eTests } from "./test-e2e";
import { ensureGeneratedClient } from "./lib/build";
import { runCli, UserFacingError } from "./lib/fail";

const bin = (pkg: string, file: string) => path.join(ROOT, "node_modules", pkg, file);

runCli(async () => {
  const started = Date.now();
  const failures: string[] = [];
  await ensureGeneratedClient();

  console.log("\n== lint (eslint)");
  if ((await runEcho(process.execPath, [bin("eslint", "bin/eslint.js"), "--max-warnings=0", "."])).code !== 0) failures.push("lint");

  console.log("\n== typecheck (next typegen + tsc)");
  const typegen = await runEcho(process.execPath, [bin("next", "dist/bin/next"), "typegen"]);
  if (typegen.code !== 0 || (await runEcho(process.execPath, [bin("typescript", "bin/tsc"), "--noEmit"])).code !== 0) failures.push("typecheck");

  const { unit, e2e } = await withTestServer(async () => {
    console.log("\n== unit and integration tests (node:test, real PostgreSQL)");
    const unit = await runUnitTests();
    console.log("\n== end-to-end tests (Playwright, Chromium, production build)");
    const e2e = await runE2eTests();
    return { unit, e2e };
  });
  if (unit.code !== 0) failures.push("unit");
  if (e2e.code !== 0) failures.push("e2e");

  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(`\nunit: ${unit.passed} passed, ${unit.failed} failed; e2e: ${e2e.passed} passed, ${e2e.failed} failed; ${seconds}s`);
  if (failures.length) console.log(`failed stages: ${failures.join(", ")}`);
  console.log(`${unit.passed + e2e.passed} passed, ${unit.failed + e2e.failed + (failures.length && !unit.failed && !e2e.failed ? 1 : 0)} failed`);
  if (failures.length) throw new UserFacingError(`tests failed: ${failures.join(", ")}`);
});
