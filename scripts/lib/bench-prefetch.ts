// What one reader's page view asks of the server beyond the page: the router's requests (RSC
// payloads and prefetches), which the shared cache in front passes to Next (docs/DEPLOY.md). A
// phone-sized and a desktop-sized window in the system Chromium, after load and after scrolling to
// the end. Bounded: about 20 s.
import fs from "node:fs";
import { chromium } from "@playwright/test";

export type RouterRequests = { viewport: string; afterLoad: number; afterScroll: number };

export async function routerRequestsPerView(url: string): Promise<RouterRequests[]> {
  const browser = await chromium.launch({ executablePath: ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p)), args: ["--no-sandbox"] });
  try {
    const results: RouterRequests[] = [];
    for (const [viewport, size, mobile] of [["phone, 412 × 823", { width: 412, height: 823 }, true], ["desktop, 1350 × 940", { width: 1350, height: 940 }, false]] as const) {
      const context = await browser.newContext({ viewport: size, isMobile: mobile, hasTouch: mobile });
      const page = await context.newPage();
      let seen = 0;
      page.on("request", (request) => {
        if (request.headers()["rsc"] || new URL(request.url()).searchParams.has("_rsc")) seen++;
      });
      const settle = async () => {
        await page.waitForLoadState("networkidle", { timeout: 10_000 }).catch(() => {});
        await page.waitForTimeout(1500);
      };
      await page.goto(url, { timeout: 15_000 });
      await settle();
      const afterLoad = seen;
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await settle();
      results.push({ viewport, afterLoad, afterScroll: seen });
      await context.close();
    }
    return results;
  } finally {
    await browser.close();
  }
}
