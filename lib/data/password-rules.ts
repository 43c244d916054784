// Server-side password checks beyond length: refuse common and leaked passwords from our list
// (lib/data/common-passwords.txt), also when they are dressed up with digits, symbols, spaces or
// letter-for-symbol swaps ("P@ssw0rd2026!"). The list is read once per process.
import "server-only";
import fs from "node:fs";
import path from "node:path";
import { accountMessages } from "@/lib/i18n/account-messages";

let list: Set<string> | undefined;

function commonPasswords(): Set<string> {
  // Read from the project root (next start and the test runners both run there).
  list ??= new Set(
    fs
      .readFileSync(path.join(process.cwd(), "lib", "data", "common-passwords.txt"), "utf8")
      .split("\n")
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith("#")),
  );
  return list;
}

const LEET: Record<string, string> = { "@": "a", "4": "a", "8": "b", "3": "e", "1": "i", "!": "i", "0": "o", "$": "s", "5": "s", "7": "t", "+": "t" };

/** The ways a password could be a listed one in disguise, from most to least literal. */
export function passwordVariants(password: string): string[] {
  const lower = password.normalize("NFKC").toLowerCase();
  const compact = lower.replace(/\s+/g, "");
  const core = compact.replace(/^[^a-z]+|[^a-z]+$/g, "");
  const swap = (v: string) => v.replace(/[@48310!$57+]/g, (c) => LEET[c] ?? c);
  const unleet = swap(compact);
  const unleetCore = unleet.replace(/^[^a-z]+|[^a-z]+$/g, "");
  const coreUnleet = swap(compact.replace(/^[^a-z@$]+|[^a-z@$]+$/g, ""));
  const halves = compact.length % 2 === 0 && compact.slice(0, compact.length / 2) === compact.slice(compact.length / 2) ? [compact.slice(0, compact.length / 2)] : [];
  return [...new Set([lower, compact, core, unleet, unleetCore, coreUnleet, ...halves].filter(Boolean))];
}

export function isCommonPassword(password: string): boolean {
  const common = commonPasswords();
  return passwordVariants(password).some((v) => common.has(v));
}

export const COMMON_PASSWORD_MESSAGE = accountMessages("en").commonPassword;
