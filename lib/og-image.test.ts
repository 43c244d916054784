// Generated Open Graph cards: a 1200×630 PNG, offline, whatever the headline holds.
import { test } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { ogImageResponse, ogText, pngName } from "./og-image";

test("ogText keeps Latin, Greek and Cyrillic, drops emoji and scripts the font lacks", () => {
  assert.equal(ogText("Zoë Álvarez, Tomáš Novák: Москва 🚀 東京 α", 100), "Zoë Álvarez, Tomáš Novák: Москва α");
  assert.equal(ogText("</script><img onerror=x>", 100), "</script><img onerror=x>");
  assert.equal(ogText("word ".repeat(50), 20), "word word word word…");
});

test("pngName reads {name}.png and nothing else", () => {
  assert.equal(pngName("42.png"), "42");
  assert.equal(pngName("world.png"), "world");
  assert.equal(pngName("42"), null);
  assert.equal(pngName("42.png.exe"), null);
});

test("a card is a 1200×630 PNG, even for a hostile headline with emoji and Cyrillic, and needs no network", async (t) => {
  // next/og downloads fonts and emoji for glyphs it lacks; every glyph here must come from our files.
  // (Satori loads its own WebAssembly from a data: URL; that one is let through.)
  const realFetch = globalThis.fetch;
  const fetches: string[] = [];
  t.mock.method(globalThis, "fetch", async (url: Parameters<typeof fetch>[0], init?: RequestInit) => {
    if (String(url).startsWith("data:")) return realFetch(url, init);
    fetches.push(String(url));
    throw new Error("no network in tests");
  });
  const response = await ogImageResponse({ brand: "Dateline", kicker: "World", title: "</script><img onerror=alert(1)> Харбор 🚢 reopens after the storm", host: "news.example" });
  assert.equal(response.status, 200);
  assert.equal(response.headers.get("content-type"), "image/png");
  const png = Buffer.from(await response.arrayBuffer());
  const meta = await sharp(png).metadata();
  assert.deepEqual([meta.format, meta.width, meta.height], ["png", 1200, 630]);
  const { channels } = await sharp(png).stats();
  assert.ok(channels[0]!.max - channels[0]!.min > 100, "the card is not blank");
  assert.deepEqual(fetches, []);
});
