// Test helpers for driving the project's CLIs as a user would: a clean environment, real processes.
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { ROOT } from "./schema-engine";

export function cleanEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, LANG: process.env.LANG, ...overrides } as unknown as NodeJS.ProcessEnv;
}

export function startCli(script: string, env: NodeJS.ProcessEnv, args: string[] = []): ChildProcess & { out: () => string; err: () => string } {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts", script), ...args], {
    cwd: ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout!.on("data", (c: Buffer) => (out += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (err += c.toString()));
  return Object.assign(child, { out: () => out, err: () => err });
}

export async function runCliOnce(script: string, env: NodeJS.ProcessEnv, args: string[] = []): Promise<{ code: number; stdout: string; stderr: string }> {
  const child = startCli(script, env, args);
  const code = await new Promise<number>((resolve) => child.on("exit", (c) => resolve(c ?? 1)));
  return { code, stdout: child.out(), stderr: child.err() };
}

export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as net.AddressInfo).port;
      server.close(() => resolve(port));
    });
  });
}

/** A scratch data folder inside the project (the embedded server's user must be able to reach it). */
export function scratchDataDir(label: string): string {
  const base = path.join(ROOT, ".data");
  fs.mkdirSync(base, { recursive: true });
  return fs.mkdtempSync(path.join(base, `tmp-${label}-`));
}
