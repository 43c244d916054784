// `npm run db:seed`: adds the demo content (idempotent). On your own DATABASE_URL, demo sign-in
// accounts are created only when DEMO_PASSWORD is set, so no deployment gets a known password.
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoContent } from "@/prisma/seed";
import { checkDatabase } from "./lib/database-url";
import { loadEnv, withDatabase } from "./lib/database";
import { applyMigrations } from "./lib/migrate";
import { runCli } from "./lib/fail";
import { DEFAULT_DEMO_PASSWORD } from "./lib/seed-first-run";

runCli(async () => {
  const env = loadEnv();
  const password = env.DEMO_PASSWORD ?? (env.DATABASE_URL ? null : DEFAULT_DEMO_PASSWORD);
  await withDatabase(async (url) => {
    await checkDatabase(url);
    await applyMigrations(url);
    const prisma = createPrismaClient(url, 2);
    try {
      await seedDemoContent(prisma, { demoPassword: password, log: console.log });
    } finally {
      await prisma.$disconnect();
    }
  });
});
