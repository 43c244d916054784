// The app's one PrismaClient, cached on globalThis so dev reloads don't open new pools.
import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { env, requireDatabaseUrl } from "@/lib/env";

const globalForPrisma = globalThis as unknown as { datelinePrisma?: PrismaClient };

export function db(): PrismaClient {
  globalForPrisma.datelinePrisma ??= createPrismaClient(requireDatabaseUrl(), env().DATABASE_POOL_SIZE);
  return globalForPrisma.datelinePrisma;
}
