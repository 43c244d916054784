// Lighthouse 12's performance category on its default mobile emulation (Moto G Power, simulated
// slow 4G and 4× CPU slowdown), in the system Chromium like e2e/lighthouse.spec.ts. Bounded: 3 min.
import fs from "node:fs";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { freePort } from "./cli";

/**
 * `benchmarkIndex` is Lighthouse's measure of the host's CPU: its 4× slowdown assumes a desktop of
 * about 1,000–1,500, and under 1,000 Lighthouse itself warns that scores will read low.
 */
export type LighthouseResult = { score: number; lcp: string; tbt: string; cls: string; benchmarkIndex: number };

export async function lighthousePerformance(url: string): Promise<LighthouseResult> {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p)),
    args: [`--remote-debugging-port=${port}`, "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    const run = lighthouse(url, { port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("Lighthouse took over 3 minutes")), 180_000).unref());
    const result = await Promise.race([run, timeout]);
    const lhr = result!.lhr;
    const audit = (id: string) => lhr.audits[id]?.displayValue ?? "?";
    return { score: Math.round((lhr.categories.performance!.score ?? 0) * 100), lcp: audit("largest-contentful-paint"), tbt: audit("total-blocking-time"), cls: audit("cumulative-layout-shift"), benchmarkIndex: Math.round(lhr.environment.benchmarkIndex) };
  } finally {
    await browser.close();
  }
}
