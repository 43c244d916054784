// Builds a PrismaClient on the pg driver adapter. Shared by the app (lib/db.ts) and the CLIs.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max });
  // Secrets never leave the data layer unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type { PrismaClient };
