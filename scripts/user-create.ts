// `npm run user:create -- --email EMAIL --role admin|editor|writer|reader [--name NAME]`
// Creates an account (the first admin of a real deployment, say). The password is read from the
// terminal without echo, or from the first line of standard input; never from the command line.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { createPrismaClient } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/password";
import { slugify } from "@/lib/urls";
import { checkDatabase } from "./lib/database-url";
import { withDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { runCli, UserFacingError } from "./lib/fail";

const USAGE = "usage: npm run user:create -- --email EMAIL --role admin|editor|writer|reader [--name NAME]  (password from the prompt or stdin)";

const inputSchema = z.object({
  email: z.email("--email must be an email address").max(254),
  role: z.enum(["ADMIN", "EDITOR", "WRITER", "READER"], { error: "--role must be admin, editor, writer or reader" }),
  name: z.string().trim().min(1, "--name must not be empty").max(120, "--name is too long (120 characters at most)"),
  password: z.string().min(12, "the password must be at least 12 characters").max(1024, "the password is too long"),
});

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const rl = readline.createInterface({ input: process.stdin });
    for await (const line of rl) {
      rl.close();
      return line;
    }
    throw new UserFacingError("no password on standard input");
  }
  // Interactive: ask twice, echoing nothing.
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.startsWith(prompt)) process.stdout.write(prompt);
      };
      rl.question(prompt, (answer) => {
        rl.close();
        process.stdout.write("\n");
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  if ((await ask("Repeat password: ")) !== first) throw new UserFacingError("the passwords do not match");
  return first;
}

runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } }, strict: true }));
  } catch (error) {
    throw new UserFacingError(`${(error as Error).message.split("\n")[0]}. ${USAGE}`);
  }
  if (values.password !== undefined) throw new UserFacingError("--password is not accepted: command lines end up in shell history and process lists. Type it at the prompt or pipe it on stdin.");
  if (!values.email || !values.role) throw new UserFacingError(USAGE);
  const email = values.email.trim().toLowerCase();
  const password = await readPassword();
  const parsed = inputSchema.safeParse({ email, role: values.role.toUpperCase(), name: values.name ?? email.split("@")[0], password });
  if (!parsed.success) throw new UserFacingError(parsed.error.issues.map((i) => i.message).join("; "));

  await withDatabase(async (url) => {
    await checkDatabase(url);
    await applyMigrations(url);
    const prisma = createPrismaClient(url, 2);
    try {
      if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw new UserFacingError(`a user with the email ${email} already exists`);
      let slug = slugify(parsed.data.name);
      if (await prisma.user.findUnique({ where: { slug }, select: { id: true } })) slug = `${slug}-${Date.now().toString(36)}`;
      const user = await prisma.user.create({
        data: { email, name: parsed.data.name, slug, role: parsed.data.role, passwordHash: await hashPassword(parsed.data.password) },
        select: { id: true, email: true, role: true },
      });
      await prisma.auditEvent.create({ data: { action: "user.create", entityType: "User", entityId: String(user.id), details: { role: user.role, via: "cli" } } });
      console.log(`Created ${user.role.toLowerCase()} ${user.email} (id ${user.id}).`);
    } finally {
      await prisma.$disconnect();
    }
  });
});
