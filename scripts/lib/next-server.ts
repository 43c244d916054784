// The arguments that run Next's server under Node: `next start` (or `next dev`) on a port, as one
// process or as several workers sharing it (WEB_WORKERS, scripts/web-cluster.mjs). For `npm start`
// and the bench, so both run the server the same way.
import path from "node:path";
import { ROOT } from "./schema-engine";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const CLUSTER = path.join(ROOT, "scripts", "web-cluster.mjs");

export function nextServerArgs(mode: "start" | "dev", port: number, workers = 1): string[] {
  const command = [NEXT_BIN, mode, "-p", String(port)];
  // `next dev` is always one process.
  return workers > 1 && mode === "start" ? [CLUSTER, String(workers), ...command] : command;
}
