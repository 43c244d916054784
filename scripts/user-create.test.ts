// `npm run user:create`: creates an account from a password on stdin; bad input gets one clear line.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import path from "node:path";
import { createTestDatabase } from "@/lib/testing/database";
import { verifyPassword } from "@/lib/password";
import { cleanEnv } from "./lib/cli";
import { ROOT } from "./lib/schema-engine";

type Ctx = Awaited<ReturnType<typeof createTestDatabase>>;
let ctx: Ctx;
before(async () => (ctx = await createTestDatabase("usercreate")));
after(async () => ctx.drop());

function run(args: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(ROOT, "scripts/user-create.ts"), ...args], {
      cwd: ROOT,
      env: cleanEnv({ DATABASE_URL: ctx.url }),
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c));
    child.stderr.on("data", (c: Buffer) => (stderr += c));
    child.stdin.end(stdin);
    child.on("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

test("creates an admin with the password from stdin, hashed with argon2id, and audits it", async () => {
  const result = await run(["--email", "Chief@Example.org", "--role", "admin", "--name", "Chief Editor"], "a long enough password\n");
  assert.equal(result.code, 0, result.stderr);
  assert.match(result.stdout, /Created admin chief@example.org/);
  const user = await ctx.prisma.user.findUniqueOrThrow({ where: { email: "chief@example.org" }, omit: { passwordHash: false } });
  assert.equal(user.role, "ADMIN");
  assert.ok(user.passwordHash?.startsWith("$argon2id$"));
  assert.ok(await verifyPassword(user.passwordHash!, "a long enough password"));
  assert.equal(await ctx.prisma.auditEvent.count({ where: { action: "user.create", entityId: String(user.id) } }), 1);
});

test("bad input is refused with one clear line and creates nothing", async () => {
  const cases: [string[], string, RegExp][] = [
    [["--email", "chief@example.org", "--role", "admin"], "another long password\n", /already exists/],
    [["--email", "x@example.org", "--role", "emperor"], "another long password\n", /--role must be admin, editor, writer or reader/],
    [["--email", "not-an-email", "--role", "writer"], "another long password\n", /--email must be an email address/],
    [["--email", "x@example.org", "--role", "writer"], "short\n", /at least 12 characters/],
    [["--email", "x@example.org", "--role", "writer"], "", /no password on standard input/],
    [["--email", "x@example.org", "--role", "writer", "--password", "in-argv-123456"], "", /--password is not accepted/],
    [["--role", "writer"], "another long password\n", /usage: npm run user:create/],
    [["--email", "x@example.org", "--role", "writer", "--bogus"], "", /Unknown option '--bogus'/],
    [["--email", "x@example.org", "--role", "writer", "--name", "a".repeat(500)], "another long password\n", /--name is too long/],
  ];
  for (const [args, stdin, message] of cases) {
    const result = await run(args, stdin);
    assert.notEqual(result.code, 0, args.join(" "));
    const lines = result.stderr.trim().split("\n");
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0]!, message);
  }
  assert.equal(await ctx.prisma.user.count(), 1);
});
