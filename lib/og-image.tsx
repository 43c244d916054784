// Generated 1200×630 Open Graph cards (next/og: Satori + Resvg). No network: Noto Serif (SIL Open
// Font License, from @fontsource/noto-serif) is read from node_modules and covers Latin, Latin
// Extended, Greek and Cyrillic; characters outside it (emoji, CJK) are dropped, because next/og
// would otherwise try to download fonts and emoji from the internet at render time.
import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { OG_IMAGE_SIZE } from "@/lib/urls";

const SUBSETS = ["latin", "latin-ext", "greek", "cyrillic"];
const FAMILY = SUBSETS.map((subset) => `"Noto Serif ${subset}"`).join(", ");
type Font = { name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" };
let fonts: Promise<Font[]> | undefined;

function loadFonts(): Promise<Font[]> {
  const dir = path.join(process.cwd(), "node_modules", "@fontsource", "noto-serif", "files");
  fonts ??= Promise.all(
    ([400, 700] as const).flatMap((weight) =>
      SUBSETS.map(async (subset) => {
        const file = await fs.readFile(path.join(dir, `noto-serif-${subset}-${weight}-normal.woff`));
        // One family name per subset: Satori keeps a single font per name and weight.
        return { name: `Noto Serif ${subset}`, data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer, weight, style: "normal" as const };
      }),
    ),
  );
  return fonts;
}

/** Keeps letters our fonts have; drops emoji, control and unsupported-script characters. */
export function ogText(value: string, max: number): string {
  const kept = value
    .replace(/\p{Extended_Pictographic}|[\u200d\ufe0f]/gu, "")
    .replace(/[^\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Inherited}\p{N}\p{P}\p{Zs}$+<=>^`|~£€©®°±×÷]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return kept.length > max ? `${kept.slice(0, max - 1).trimEnd()}…` : kept;
}

function headlineSize(length: number): number {
  if (length <= 40) return 76;
  if (length <= 80) return 64;
  if (length <= 120) return 54;
  return 46;
}

export async function ogImageResponse({ brand, kicker, title, host }: { brand: string; kicker: string; title: string; host: string }): Promise<ImageResponse> {
  const headline = ogText(title, 160);
  const label = ogText(kicker, 40).toUpperCase();
  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#111111", color: "#f5f5f5", fontFamily: FAMILY, padding: "56px 72px" }}>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between" }}>
          <div style={{ display: "flex", fontSize: 44, fontWeight: 700, letterSpacing: -1 }}>{ogText(brand, 40)}</div>
          <div style={{ display: "flex", background: "#b91c1c", color: "#ffffff", fontSize: 26, fontWeight: 700, padding: "8px 20px", letterSpacing: 2 }}>{label}</div>
        </div>
        <div style={{ display: "flex", height: 6, background: "#b91c1c", marginTop: 28, width: 160 }} />
        <div style={{ display: "flex", flexGrow: 1, alignItems: "center" }}>
          <div style={{ display: "flex", fontSize: headlineSize(headline.length), fontWeight: 700, lineHeight: 1.15 }}>{headline}</div>
        </div>
        <div style={{ display: "flex", fontSize: 26, color: "#a3a3a3" }}>{ogText(host, 80)}</div>
      </div>
    ),
    {
      ...OG_IMAGE_SIZE,
      fonts: await loadFonts(),
      headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" },
    },
  );
}

/** `{name}.png` route segment: the name, or null. */
export function pngName(file: string): string | null {
  const match = /^(.+)\.png$/.exec(file);
  return match ? match[1]! : null;
}
