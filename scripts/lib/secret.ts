// A NEXTAUTH_SECRET for local runs on the embedded database: made once, kept in .data/.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function localSecret(dataDir: string): string {
  const file = path.join(dataDir, "nextauth-secret");
  if (fs.existsSync(file)) {
    const existing = fs.readFileSync(file, "utf8").trim();
    if (existing.length >= 32) return existing;
  }
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}
