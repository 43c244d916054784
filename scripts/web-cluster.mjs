// `next start` in several processes sharing one port (node:cluster), for `npm start` with
// WEB_WORKERS above 1. Node renders a page on one core, so a single process leaves the others to
// PostgreSQL and nginx; on 2 cores two workers served 35-40 % more uncached article pages than one
// (docs/DEPLOY.md, "Several instances"). Each worker is an instance like any other: its own
// reader-data cache, kept fresh by the same PostgreSQL announcements (lib/cache-broadcast.ts).
//
// Plain JavaScript, run by scripts/start.ts: node scripts/web-cluster.mjs <workers> <next's bin> start -p <port>
// A worker that dies is replaced; more than RESTARTS replacements within a minute (a worker that
// cannot start at all) stops everything with code 1. SIGTERM or SIGINT stops the workers, then this.
import cluster from "node:cluster";

const RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** How long workers get to finish after SIGTERM before they are killed. */
const STOP_GRACE_MS = 8_000;

const [count, exec, ...args] = process.argv.slice(2);
const size = Number(count);
if (!Number.isInteger(size) || size < 1 || !exec) {
  console.error("usage: node scripts/web-cluster.mjs <workers, 1 or more> <next's bin> start -p <port>");
  process.exit(2);
}

// The workers run Next's own command line with this process's flags: the request guard
// (scripts/request-guard.mjs) that scripts/lib/next-server.ts loads into every `next start`.
cluster.setupPrimary({ exec, args, execArgv: process.execArgv });

const live = new Set();
const replaced = [];
let stopping = false;
let exitCode = 0;

function fork() {
  live.add(cluster.fork());
}

function stop(code) {
  if (stopping) return;
  stopping = true;
  exitCode = code;
  if (!live.size) process.exit(code);
  for (const worker of live) worker.process.kill("SIGTERM");
  setTimeout(() => {
    for (const worker of live) worker.process.kill("SIGKILL");
  }, STOP_GRACE_MS).unref();
}

cluster.on("exit", (worker, code, signal) => {
  live.delete(worker);
  if (stopping) {
    if (!live.size) process.exit(exitCode);
    return;
  }
  const how = signal ? `signal ${signal}` : `code ${code}`;
  const now = Date.now();
  while (replaced.length && now - replaced[0] > RESTART_WINDOW_MS) replaced.shift();
  if (replaced.length >= RESTARTS) {
    console.error(`dateline: web worker ${worker.process.pid} exited (${how}), and ${RESTARTS} were replaced in the last minute: stopping`);
    stop(1);
    return;
  }
  replaced.push(now);
  console.error(`dateline: web worker ${worker.process.pid} exited (${how}); starting another`);
  fork();
});

process.on("SIGTERM", () => stop(0));
process.on("SIGINT", () => stop(0));

for (let i = 0; i < size; i++) fork();
