// `npm run test:e2e`: builds when stale, then runs Playwright (which starts scripts/e2e-server.ts).
import path from "node:path";
import { ensureBuild } from "./lib/build";
import { playwrightCounts, runEcho } from "./lib/run";
import { ROOT } from "./lib/schema-engine";
import { withTestServer } from "./lib/test-server";
import { runCli, UserFacingError } from "./lib/fail";

export async function runE2eTests(): Promise<{ passed: number; failed: number; code: number }> {
  await ensureBuild();
  const cli = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js");
  const { code, output } = await runEcho(process.execPath, [cli, "test", ...process.argv.slice(2)]);
  return { ...playwrightCounts(output), code };
}

if (import.meta.filename === process.argv[1]) {
  runCli(async () => {
    const result = await withTestServer(() => runE2eTests());
    console.log(`${result.passed} passed, ${result.failed} failed`);
    if (result.code !== 0) throw new UserFacingError("end-to-end tests failed");
  });
}
