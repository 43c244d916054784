// `npm run bench`: measures reader pages against a static file served by the same server in the
// same run, so results read as ratios that hold across machines (see docs/PERFORMANCE.md).
// Traffic goes only to 127.0.0.1; every loop is bounded in requests and time.
import crypto from "node:crypto";
import path from "node:path";
import { spawn } from "node:child_process";
import { createPrismaClient } from "@/lib/prisma-client";
import { ensureBuild } from "./lib/build";
import { freePort, waitFor } from "./lib/cli";
import { runCli } from "./lib/fail";
import { ROOT } from "./lib/schema-engine";
import { createSeededDatabase, withTestServer } from "./lib/test-server";

const CONCURRENCY = 8;
const MAX_REQUESTS = 1500;
const MAX_SECONDS = 8;

type Result = { name: string; path: string; rps: number; p50: number; p95: number; errors: number };

async function measure(name: string, url: string): Promise<Result> {
  const latencies: number[] = [];
  let errors = 0;
  let sent = 0;
  const deadline = Date.now() + MAX_SECONDS * 1000;
  const started = performance.now();
  const worker = async () => {
    while (sent < MAX_REQUESTS && Date.now() < deadline) {
      sent++;
      const t = performance.now();
      try {
        const response = await fetch(url);
        await response.arrayBuffer();
        if (response.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { name, path: new URL(url).pathname + new URL(url).search, rps: latencies.length / seconds, p50: at(0.5), p95: at(0.95), errors };
}

runCli(async () => {
  await ensureBuild();
  await withTestServer(async (adminUrl) => {
    const url = await createSeededDatabase(adminUrl, "dateline_bench", null);
    const prisma = createPrismaClient(url, 2);
    const article = await prisma.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select: { id: true, slug: true } });
    await prisma.$disconnect();

    const port = await freePort();
    const next = path.join(ROOT, "node_modules", "next", "dist", "bin", "next");
    const web = spawn(process.execPath, [next, "start", "-p", String(port)], {
      cwd: ROOT,
      stdio: "ignore",
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: url, NEXTAUTH_SECRET: crypto.randomBytes(32).toString("base64url"), SITE_URL: `http://localhost:${port}` },
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      let up = false;
      const poll = async () => {
        while (!up) up = await fetch(`${base}/logo.png`).then((r) => r.ok).catch(() => false);
      };
      void poll();
      await waitFor(() => up, 60_000, "the bench server");
      const targets: [string, string][] = [
        ["static file (baseline)", "/logo.png"],
        ["home", "/"],
        ["section front", "/world"],
        ["article", `/news/${article.id}-${article.slug}`],
        ["search", "/search?q=harbour"],
        ["RSS feed", "/feed.xml"],
        ["sitemap index", "/sitemap.xml"],
      ];
      for (const [, p] of targets) await fetch(base + p).then((r) => r.arrayBuffer()); // warm up
      const results: Result[] = [];
      for (const [name, p] of targets) results.push(await measure(name, base + p));
      const baseline = results[0]!.rps;
      console.log(`\nconcurrency ${CONCURRENCY}, up to ${MAX_REQUESTS} requests or ${MAX_SECONDS}s per target\n`);
      console.log("| target | path | req/s | p50 ms | p95 ms | errors | throughput vs static file |");
      console.log("|---|---|---:|---:|---:|---:|---:|");
      for (const r of results) {
        console.log(`| ${r.name} | \`${r.path}\` | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.errors} | ${(r.rps / baseline).toFixed(2)} |`);
      }
    } finally {
      web.kill("SIGTERM");
    }
  });
});
