// The framework's own floor, measured in the bench's run: a minimal Next.js app from the same
// node_modules (the same Next, React and Turbopack), built in a scratch folder, with one
// prerendered page (the stock baseline) and one page rendered on every request with
// nothing on it. Dateline's dynamic pages are compared with the second: what Next itself costs
// for a render on this machine, before any of Dateline's code or data (docs/PERFORMANCE.md).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { waitFor } from "./cli";
import { UserFacingError } from "./fail";
import { ROOT } from "./schema-engine";

export const FLOOR_STATIC_PATH = "/";
export const FLOOR_DYNAMIC_PATH = "/dynamic";

const PARAGRAPH =
  "A page with a heading and a few paragraphs and nothing else: no data, no session, no client components of its own. ";

const FILES: Record<string, string> = {
  "package.json": JSON.stringify({ name: "dateline-bench-floor", private: true, type: "module" }, null, 2),
  "tsconfig.json": JSON.stringify(
    {
      compilerOptions: { target: "ES2022", lib: ["dom", "esnext"], jsx: "react-jsx", module: "esnext", moduleResolution: "bundler", strict: true, skipLibCheck: true, noEmit: true, isolatedModules: true, esModuleInterop: true, plugins: [{ name: "next" }] },
      include: ["**/*.ts", "**/*.tsx"],
      exclude: ["node_modules"],
    },
    null,
    2,
  ),
  "app/layout.tsx": `export const metadata = { title: "Floor", description: "The framework's floor." };
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (<html lang="en"><body>{children}</body></html>);
}
`,
  "app/page.tsx": `export default function Page() {
  return (<main><h1>Prerendered</h1>{Array.from({ length: 8 }, (_, i) => <p key={i}>{${JSON.stringify(PARAGRAPH.repeat(3))}}</p>)}</main>);
}
`,
  "app/dynamic/page.tsx": `export const dynamic = "force-dynamic";
export default function Page() {
  return (<main><h1>Rendered on request</h1><p>{${JSON.stringify(PARAGRAPH)}}</p></main>);
}
`,
};

/**
 * Writes and builds the minimal app in a scratch folder. Its node_modules are hard links to the
 * project's (a second or so, no disk), as Turbopack does not follow a symlinked node_modules out of
 * its root; where the scratch folder is on another file system they are copied.
 */
export async function buildFloorApp(): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-bench-floor-"));
  for (const [file, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  fs.writeFileSync(
    path.join(dir, "next.config.js"),
    `export default { poweredByHeader: false, typescript: { ignoreBuildErrors: true }, turbopack: { root: ${JSON.stringify(dir)} } };\n`,
  );
  const linked = spawnSync("cp", ["-al", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")], { stdio: "ignore" });
  if (linked.status !== 0) {
    fs.rmSync(path.join(dir, "node_modules"), { recursive: true, force: true });
    const copied = spawnSync("cp", ["-a", path.join(ROOT, "node_modules"), path.join(dir, "node_modules")], { stdio: "inherit" });
    if (copied.status !== 0) throw new UserFacingError(`could not copy node_modules into ${dir} for the framework floor`);
  }
  const build = spawnSync(process.execPath, [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: dir,
    encoding: "utf8",
    timeout: 300_000,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (build.status !== 0) throw new UserFacingError(`the framework-floor app did not build:\n${build.stdout}\n${build.stderr}`);
  return dir;
}

/** `next start` for the floor app on `port`, with `nodeBinary`; resolves once it answers. */
export async function startFloorApp(dir: string, port: number, nodeBinary: string): Promise<ChildProcess> {
  const web = spawn(nodeBinary, [path.join(dir, "node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port)], {
    cwd: dir,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  let up = false;
  let exited = false;
  web.on("exit", () => (exited = true));
  void (async () => {
    while (!up && !exited) {
      up = await fetch(`http://127.0.0.1:${port}${FLOOR_DYNAMIC_PATH}`).then((r) => r.ok).catch(() => false);
      if (!up) await new Promise((r) => setTimeout(r, 100));
    }
  })();
  await waitFor(() => up || exited, 90_000, "the framework-floor app's next start");
  if (exited) throw new UserFacingError("the framework-floor app's next start exited (see above)");
  return web;
}

export function removeFloorApp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
