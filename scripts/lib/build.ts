// Decides whether the production build is missing or older than the sources, and rebuilds.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { ROOT } from "./schema-engine";
import { UserFacingError } from "./fail";

const INPUT_DIRS = ["app", "components", "lib", "public", "prisma"];
const INPUT_FILES = ["next.config.js", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const HASH_FILE = path.join(ROOT, ".next", "dateline-build-hash");

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (full === path.join(ROOT, "lib", "generated")) continue; // derived from prisma/schema.prisma
      walk(full, out);
    } else if (entry.isFile()) out.push(full);
  }
}

/** A hash of everything the build reads from the project. */
export function sourceHash(): string {
  const files: string[] = [];
  for (const dir of INPUT_DIRS) walk(path.join(ROOT, dir), files);
  for (const file of INPUT_FILES) if (fs.existsSync(path.join(ROOT, file))) files.push(path.join(ROOT, file));
  const hash = crypto.createHash("sha256");
  for (const file of files.sort()) {
    hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  if (!fs.existsSync(path.join(ROOT, ".next", "BUILD_ID")) || !fs.existsSync(HASH_FILE)) return false;
  return fs.readFileSync(HASH_FILE, "utf8").trim() === sourceHash();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

export async function ensureGeneratedClient(): Promise<void> {
  if (fs.existsSync(path.join(ROOT, "lib", "generated", "prisma", "client.ts"))) return;
  const code = await run(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts", "generate.ts")], process.env);
  if (code !== 0) throw new UserFacingError("prisma generate failed (see above)");
}

export async function ensureBuild(): Promise<void> {
  await ensureGeneratedClient();
  if (buildIsCurrent()) return;
  console.log("dateline: the production build is missing or stale; building (this takes a minute or two)");
  const hash = sourceHash();
  const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
  const code = await run(process.execPath, [next, "build"], { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  if (code !== 0) throw new UserFacingError("next build failed (see above)");
  fs.writeFileSync(HASH_FILE, hash + "\n");
}
