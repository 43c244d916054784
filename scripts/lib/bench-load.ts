// Load generation for `npm run bench` on loopback, bounded by duration: wrk (Debian's, written in
// C, so the client takes little of the CPU the server needs) when installed, else autocannon (a
// pinned devDependency, in this Node process). Plus the static-file ceiling when nginx is missing
// (a minimal Node server).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import autocannon from "autocannon";

export type Load = { rps: number; p50: number; p99: number; requests: number; errors: number };

export type LoadOptions = { connections: number; seconds: number };

export type LoadGenerator = "wrk" | "autocannon";

export function findWrk(): string | null {
  return ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((p) => fs.existsSync(p)) ?? null;
}

/** Loads `base` + each path in turn (one path: the same URL every time; several: a new one per request). */
export function load(generator: LoadGenerator, base: string, paths: string[], options: LoadOptions): Promise<Load> {
  if (!paths.length) throw new Error("load: no paths");
  return generator === "wrk" ? loadWithWrk(base, paths, options) : loadWithAutocannon(base, paths, options);
}

const lua = (text: string) => `"${text.replace(/[\\"\n\r]/g, (c) => `\\${c === "\n" ? "n" : c === "\r" ? "r" : c}`)}"`;

async function loadWithWrk(base: string, paths: string[], options: LoadOptions): Promise<Load> {
  const single = paths.length === 1;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dateline-wrk-"));
  const script = path.join(dir, "paths.lua");
  fs.writeFileSync(
    script,
    [
      // One path: wrk's own pre-built request (fastest); several: a Lua function picks the next.
      ...(single ? [] : [`local paths = {${paths.map(lua).join(",\n")}}`, "local i = 0", "request = function() i = i % #paths + 1; return wrk.format(\"GET\", paths[i]) end"]),
      "done = function(summary, latency, requests)",
      "  local e = summary.errors",
      "  io.write(string.format(\"DATELINE %d %d %d %d %d\\n\", summary.requests, summary.duration, e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(99)))",
      "end",
    ].join("\n"),
  );
  try {
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile(
        findWrk()!,
        ["-t1", `-c${options.connections}`, `-d${options.seconds}s`, "--timeout", "20s", "-s", script, single ? base + paths[0] : base],
        { timeout: (options.seconds + 30) * 1000, maxBuffer: 1 << 20 },
        (error, out, err) => (error ? reject(new Error(`wrk failed: ${err || error.message}`)) : resolve(out)),
      ),
    );
    const m = /DATELINE (\d+) (\d+) (\d+) (\d+) (\d+)/.exec(stdout);
    if (!m) throw new Error(`wrk printed no summary: ${stdout.slice(-300)}`);
    const [requests, micros, errors, p50, p99] = m.slice(1).map(Number) as [number, number, number, number, number];
    return { rps: requests / (micros / 1e6), p50: p50 / 1000, p99: p99 / 1000, requests, errors };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function loadWithAutocannon(base: string, paths: string[], options: LoadOptions): Promise<Load> {
  if (!paths.length) throw new Error("load: no paths");
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: options.connections,
    duration: options.seconds,
    pipelining: 1,
    timeout: 20,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          request.path = paths[next++ % paths.length]!;
          return request;
        },
      },
    ],
  });
  const seconds = result.duration || options.seconds;
  return {
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** GETs each URL once, one after another; milliseconds per request, in order. */
export async function sequentialTimes(urls: string[], headers: Record<string, string> = {}): Promise<number[]> {
  const times: number[] = [];
  for (const url of urls) {
    const t = performance.now();
    const response = await fetch(url, { headers });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    times.push(performance.now() - t);
  }
  return times;
}

/** Several lists of URLs one request at a time, taking one from each list in turn: each list's times. */
export async function sequentialTimesInTurn<T extends string[][]>(lists: [...T]): Promise<{ [K in keyof T]: number[] }> {
  const times = lists.map(() => [] as number[]);
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) {
    for (const [k, list] of lists.entries()) {
      if (i < list.length) times[k]!.push(...(await sequentialTimes([list[i]!])));
    }
  }
  return times as { [K in keyof T]: number[] };
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? 0;
}

/** The ceiling without nginx: the smallest Node server that answers `body` as HTML at every path. */
export function startStaticServer(body: Buffer, port: number): Promise<http.Server> {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", "Content-Length": body.length });
    response.end(body);
  });
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}
