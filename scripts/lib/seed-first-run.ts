// Seeds demo content once per database: the first start on a fresh embedded database.
import { createPrismaClient } from "@/lib/prisma-client";
import { seedDemoContent } from "@/prisma/seed";

export const DEFAULT_DEMO_PASSWORD = "dateline-demo";

export async function seedIfFirstRun(databaseUrl: string, demoPassword: string | null): Promise<boolean> {
  const prisma = createPrismaClient(databaseUrl, 2);
  try {
    if (await prisma.systemSetting.findUnique({ where: { key: "demoSeededAt" } })) return false;
    console.log("dateline: first run on this database: adding demo content");
    await seedDemoContent(prisma, { demoPassword: demoPassword ?? DEFAULT_DEMO_PASSWORD, log: (l) => console.log(`dateline: ${l}`) });
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
