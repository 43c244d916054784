// Runs a child process, echoing its output while keeping a copy to read the test counts from.
import { spawn } from "node:child_process";
import { ROOT } from "./schema-engine";

export type RunResult = { code: number; output: string };

export function runEcho(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      process.stderr.write(chunk);
    });
    child.on("exit", (code) => resolve({ code: code ?? 1, output }));
  });
}

// Strips ANSI colour codes before reading counts.
const plain = (s: string) => s.replace(/\u001b\[[0-9;]*m/g, "");

/** Counts from node's test runner (spec reporter: "ℹ pass 12"). */
export function nodeTestCounts(output: string): { passed: number; failed: number } {
  const text = plain(output);
  const pass = [...text.matchAll(/^ℹ pass (\d+)$/gm)].at(-1)?.[1];
  const fail = [...text.matchAll(/^ℹ fail (\d+)$/gm)].at(-1)?.[1];
  return { passed: Number(pass ?? 0), failed: Number(fail ?? 0) };
}

/** Counts from Playwright's list reporter ("  5 passed (10.2s)", "  1 failed"). */
export function playwrightCounts(output: string): { passed: number; failed: number } {
  const text = plain(output);
  const pass = [...text.matchAll(/^\s+(\d+) passed/gm)].at(-1)?.[1];
  const fail = [...text.matchAll(/^\s+(\d+) failed/gm)].at(-1)?.[1];
  const flaky = [...text.matchAll(/^\s+(\d+) flaky/gm)].at(-1)?.[1];
  return { passed: Number(pass ?? 0), failed: Number(fail ?? 0) + Number(flaky ?? 0) };
}
