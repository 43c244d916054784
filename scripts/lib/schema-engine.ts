// Prisma's schema engine, run from its WebAssembly build (@prisma/schema-engine-wasm) through the
// pg driver adapter. The Prisma CLI would download a native engine, which these machines cannot.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as wasmBindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { MigrationList, SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");
const NO_FILTER = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

// The package is built for bundlers (it imports the .wasm file), so Node instantiates it by hand.
function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = fs.readFileSync(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": wasmBindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    wasmBindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
  })();
  return wasmReady;
}

export function schemaEngineVersion(): string {
  return wasmBindings.version();
}

export type OpenEngine = { engine: SchemaEngine; close: () => Promise<void> };

/**
 * Starts an engine on its own connection pool. `close()` must follow: freeing the engine does not
 * end the pool, and an open connection would keep holding the engine's migration advisory lock.
 */
export async function openSchemaEngine(connectionString: string, schema: string): Promise<OpenEngine> {
  await loadWasm();
  const pool = new pg.Pool({ connectionString, max: 2 });
  pool.on("error", () => undefined);
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  const log = (line: string) => {
    if (process.env.DATELINE_DEBUG_ENGINE) console.error(line);
  };
  let engine: SchemaEngine;
  try {
    engine = await wasmBindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, log, factory);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return {
    engine,
    close: async () => {
      engine.free();
      await pool.end().catch(() => undefined);
    },
  };
}

/**
 * `prisma migrate diff --script` between two datamodels (`null` means the empty database).
 * The engine connects to a database when it starts, though the diff itself reads none.
 */
export async function diffSchemas(connectionString: string, from: string | null, to: string): Promise<string> {
  const { engine, close } = await openSchemaEngine(connectionString, to);
  try {
    const result = await engine.diff({
      from: from === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: from }] },
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: to }] },
      script: true,
      exitCode: null,
      filters: NO_FILTER,
    });
    return result.stdout ?? "";
  } finally {
    await close();
  }
}

/** Reads prisma/migrations the way the Prisma CLI does (directories sorted by name). */
export function readMigrationList(dir = MIGRATIONS_DIR): MigrationList {
  const lockPath = path.join(dir, "migration_lock.toml");
  const names = fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  return {
    baseDir: dir,
    lockfile: { path: "migration_lock.toml", content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: names.map((name) => {
      const file = path.join(dir, name, "migration.sql");
      return {
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: fs.existsSync(file) ? { tag: "ok", value: fs.readFileSync(file, "utf8") } : { tag: "error", value: `${file} is missing` },
        },
      };
    }),
  };
}

export { NO_FILTER };
