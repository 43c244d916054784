// The options of `npm run bench` (scripts/bench.ts), checked before anything starts.
import path from "node:path";
import { spawnSync } from "node:child_process";
import { UserFacingError } from "./fail";

const USAGE = `usage: npm run bench -- [--articles N] [--seconds S] [--connections C] [--no-lighthouse] [--only search] [--workers W] [--node PATH] [--out FILE]
  --articles N     stories to add to the demo content by bulk insert (default 100000; 0 to 2000000)
  --seconds S      load per target, in seconds (default 10; 2 to 60)
  --connections C  concurrent connections (default 50; 1 to 1000)
  --no-lighthouse  skip the browser steps (Lighthouse, and counting the router requests of a page view)
  --workers W      run Dateline's server as W workers on one port (WEB_WORKERS, scripts/web-cluster.mjs;
                   default 1; 1 to 16); the framework floor stays one process
  --only search    seed, then time only the data layer's search (200 queries, both orders, 3 rounds); no build, no server
  --node PATH      run the servers (Dateline's and the framework floor's) on this Node.js binary
                   instead of the bench's own, to compare runtimes (default: the one running the bench)
  --out FILE       also write the report (markdown) to FILE`;

export type BenchOptions = {
  articles: number;
  seconds: number;
  connections: number;
  lighthouse: boolean;
  onlySearch: boolean;
  /** `next start` processes behind Dateline's port (WEB_WORKERS). */
  workers: number;
  out: string | null;
  /** The Node.js binary the servers run on, and its version. */
  node: { binary: string; version: string };
};

export function parseBenchArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = { articles: 100_000, seconds: 10, connections: 50, lighthouse: true, onlySearch: false, workers: 1, out: null, node: { binary: process.execPath, version: process.version } };
  const int = (flag: string, value: string | undefined, min: number, max: number) => {
    if (value === undefined || !/^\d+$/.test(value) || Number(value) < min || Number(value) > max) {
      throw new UserFacingError(`${flag} needs a whole number from ${min} to ${max}, got ${value === undefined ? "nothing" : JSON.stringify(value)}\n${USAGE}`);
    }
    return Number(value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--articles") options.articles = int(arg, argv[++i], 0, 2_000_000);
    else if (arg === "--seconds") options.seconds = int(arg, argv[++i], 2, 60);
    else if (arg === "--connections") options.connections = int(arg, argv[++i], 1, 1000);
    else if (arg === "--workers") options.workers = int(arg, argv[++i], 1, 16);
    else if (arg === "--no-lighthouse") options.lighthouse = false;
    else if (arg === "--only") {
      if (argv[++i] !== "search") throw new UserFacingError(`--only takes "search"\n${USAGE}`);
      options.onlySearch = true;
    } else if (arg === "--node") {
      options.node = nodeBinary(argv[++i]);
    } else if (arg === "--out") {
      const file = argv[++i];
      if (!file || file.startsWith("--")) throw new UserFacingError(`--out needs a file name\n${USAGE}`);
      options.out = path.resolve(file);
    } else if (arg === "--help" || arg === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new UserFacingError(`unknown option ${JSON.stringify(arg)}\n${USAGE}`);
  }
  return options;
}

/** A Node.js binary that runs: `--node` is refused with the reason when it is not one. */
function nodeBinary(value: string | undefined): { binary: string; version: string } {
  if (!value || value.startsWith("--")) throw new UserFacingError(`--node needs the path of a Node.js binary\n${USAGE}`);
  const binary = path.resolve(value);
  const run = spawnSync(binary, ["-p", "process.version"], { encoding: "utf8", timeout: 10_000 });
  const version = run.stdout?.trim() ?? "";
  if (run.error || run.status !== 0 || !/^v\d+\.\d+\.\d+/.test(version)) {
    throw new UserFacingError(`--node ${JSON.stringify(value)} is not a Node.js binary that runs here${run.error ? ` (${run.error.message})` : ""}`);
  }
  const major = Number(version.slice(1).split(".")[0]);
  if (major < 20) throw new UserFacingError(`--node ${JSON.stringify(value)} is Node.js ${version}; Next.js 16 needs 20.9 or newer`);
  return { binary, version };
}
