// The arguments that run Next's server under Node: `next start` (or `next dev`) on a port, as one
// process or as several workers sharing it (WEB_WORKERS, scripts/web-cluster.mjs). For `npm start`
// and the bench, so both run the server the same way.
// `next start` runs behind scripts/request-guard.mjs (a 4xx for the malformed requests Next would
// answer with a 500); the cluster hands its own flags, and so the guard, on to each worker.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./schema-engine";

const NEXT_BIN = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
const CLUSTER = path.join(ROOT, "scripts", "web-cluster.mjs");
const REQUEST_GUARD = pathToFileURL(path.join(ROOT, "scripts", "request-guard.mjs")).href;

export function nextServerArgs(mode: "start" | "dev", port: number, workers = 1): string[] {
  const command = [NEXT_BIN, mode, "-p", String(port)];
  // `next dev` is always one process (and serves its own child process, which a flag here would not reach).
  if (mode === "dev") return command;
  return ["--import", REQUEST_GUARD, ...(workers > 1 ? [CLUSTER, String(workers)] : []), ...command];
}
