// Test images made at test time with sharp: plain pictures in every accepted format, one with
// EXIF orientation and GPS, an animated GIF, and hostile files (a PNG header declaring 50000×50000).
import zlib from "node:zlib";
import sharp from "sharp";

export async function makeImage(format: "jpeg" | "png" | "webp" | "avif" | "gif", width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 180, g: 40, b: 40 } } })
    .toFormat(format)
    .toBuffer();
}

/** A JPEG stored sideways (EXIF orientation 6) with a camera make and GPS position. */
export async function makeJpegWithExif(width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: "#2a6" } })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({ IFD0: { Make: "TestCam", Model: "Secret 1" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 0/1", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 0/1" } })
    .toBuffer();
}

export async function makeAnimatedGif(width = 700, height = 300, frames = 3): Promise<Buffer> {
  const colours = ["#e33", "#3e3", "#33e", "#ee3"];
  const pngs = await Promise.all(Array.from({ length: frames }, (_, i) => sharp({ create: { width, height, channels: 4, background: colours[i % 4]! } }).png().toBuffer()));
  return sharp(pngs, { join: { animated: true } }).gif({ loop: 0, delay: 200 }).toBuffer();
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A valid-looking PNG of about 1 KB whose header declares a 50000×50000 picture. */
export function makePngBomb(side = 50_000): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(side, 0);
  ihdr.writeUInt32BE(side, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk("IHDR", ihdr), pngChunk("IDAT", zlib.deflateSync(Buffer.alloc(side + 1))), pngChunk("IEND", Buffer.alloc(0))]);
}

export const SCRIPT_AS_JPG = Buffer.from("#!/bin/sh\necho pwned > /tmp/pwned\n<script>alert(document.cookie)</script>\n");
export const SVG_WITH_SCRIPT = Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script><rect width="10" height="10"/></svg>\n');
