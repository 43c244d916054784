// Prisma CLI configuration (Prisma 7 reads the connection URL from here, not from schema.prisma).
// Only `prisma generate` runs here: migrations go through scripts/migrate.ts (the WebAssembly engine).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/dateline" },
});
