// Renders public/logo.png (600x60, for JSON-LD publisher logos and feeds) from SVG text.
// Run: npx tsx scripts/make-logo.ts
import path from "node:path";
import sharp from "sharp";

const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60">
  <rect width="600" height="60" fill="#ffffff"/>
  <text x="8" y="46" font-family="DejaVu Serif, Liberation Serif, serif" font-size="44" font-weight="bold" fill="#171717">Dateline</text>
  <rect x="232" y="22" width="14" height="14" fill="#991b1b"/>
</svg>`;

await sharp(Buffer.from(svg)).png({ compressionLevel: 9 }).toFile(path.resolve(import.meta.dirname, "../public/logo.png"));
console.log("wrote public/logo.png");
